import { Link } from "@react-email/components"
import type { ReactNode } from "react"
import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { colors } from "./_components/theme"
import { Action, Note, Paragraph, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type SignUpAttemptProps = { signInUrl: string; resetUrl: string }

export function signUpAttemptSubject(_props: SignUpAttemptProps, locale: Locale): string {
  return translatorFor(locale, "mails")("signUpAttempt.subject")
}

export default function SignUpAttemptEmail(props: SignUpAttemptProps & ForReader) {
  const { signInUrl, resetUrl, reader } = props
  const t = translatorFor(reader.locale, "mails")
  const link = (chunks: ReactNode) => (
    <Link href={resetUrl} style={{ color: colors.brand }}>
      {chunks}
    </Link>
  )
  return (
    <Layout preview={signUpAttemptSubject(props, reader.locale)} reader={reader}>
      <Title>{t("signUpAttempt.title")}</Title>
      <Paragraph>{t("signUpAttempt.body")}</Paragraph>
      <Action href={signInUrl} label={t("signUpAttempt.action")} locale={reader.locale} />
      <Paragraph>{t.rich("signUpAttempt.forgotPassword", { link })}</Paragraph>
      <Note>{t("signUpAttempt.note")}</Note>
    </Layout>
  )
}

SignUpAttemptEmail.PreviewProps = {
  signInUrl: "http://localhost:3000/sign-in",
  resetUrl: "http://localhost:3000/forgot-password",
  reader: PREVIEW_READER,
} satisfies SignUpAttemptProps & ForReader
