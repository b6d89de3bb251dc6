import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { currentUserId } from "@/lib/auth/auth"
import { findInvitationByToken } from "@/lib/invitations/lookup"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { SignUpForm } from "./sign-up-form"

export async function generateMetadata() {
  const t = await getTranslations("signUp")
  return { title: t("metaTitle") }
}

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const params = await searchParams
  const token = typeof params.invitation === "string" ? params.invitation : undefined
  const invitation = token ? await findInvitationByToken(token) : null
  // Through an invitation link the email is the invited one, and the guest comes back to the invitation.
  const next = invitation && token ? `/invitations/${token}` : safeReturnPath(params.next)
  if (await currentUserId()) redirect(next)
  const invited = invitation?.state === "pending" ? { token: token!, email: invitation.email } : undefined
  const t = await getTranslations("signUp")
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      {invited ? (
        <p className="mb-4 text-sm text-slate-600">{t.rich("invited", { account: invitation!.accountName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      ) : null}
      <SignUpForm next={next} invited={invited} />
      <p className="mt-6 text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-700 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </>
  )
}
