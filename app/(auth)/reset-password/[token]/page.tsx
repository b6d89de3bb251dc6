import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { findEmailToken } from "@/lib/identity/email-tokens"
import { ResetPasswordForm } from "./reset-password-form"

export async function generateMetadata() {
  const t = await getTranslations("resetPassword")
  return { title: t("metaTitle") }
}

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params
  const link = await findEmailToken(token, "RESET_PASSWORD")
  const t = await getTranslations("resetPassword")
  if (link.state !== "usable") {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold text-slate-900">{t("closedTitle")}</h1>
        <p className="mb-6 text-sm text-slate-600">{t("closedBody")}</p>
        <Link href="/forgot-password" className="button-primary inline-block">
          {t("askAgain")}
        </Link>
      </>
    )
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t.rich("forEmail", { email: link.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ResetPasswordForm token={token} />
    </>
  )
}
