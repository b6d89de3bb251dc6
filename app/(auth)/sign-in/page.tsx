import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { currentUserId } from "@/lib/auth/auth"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { SignInForm } from "./sign-in-form"

export async function generateMetadata() {
  const t = await getTranslations("signIn")
  return { title: t("metaTitle") }
}

/** What a mailed link that did not sign the browser in (a confirmation, a reset with two-factor on) says here. */
const NOTICES = ["confirmed", "link-closed", "password-set", "two-factor", "deleted"] as const
const isNotice = (value: unknown): value is (typeof NOTICES)[number] => NOTICES.includes(value as (typeof NOTICES)[number])

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams
  const next = safeReturnPath(params.next)
  if (await currentUserId()) redirect(next)
  const t = await getTranslations("signIn")
  const email = typeof params.email === "string" ? params.email : undefined
  const notice = isNotice(params.notice) ? t(`notices.${params.notice}`) : undefined
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-900">
          {notice}
        </p>
      ) : null}
      <SignInForm next={next} email={email} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-700 hover:underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">
        {t("newToHitflow")}{" "}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-700 hover:underline">
          {t("createAccount")}
        </Link>
      </p>
    </>
  )
}
