import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ForgotPasswordForm } from "./forgot-password-form"

export async function generateMetadata() {
  const t = await getTranslations("forgotPassword")
  return { title: t("metaTitle") }
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgotPassword")
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("intro")}</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="font-medium text-indigo-700 hover:underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </>
  )
}
