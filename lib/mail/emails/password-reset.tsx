import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { RESET_LIFETIME_HOURS } from "@/lib/identity/policy"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Action, Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type PasswordResetProps = { name: string; resetUrl: string; /** ISO date-time */ expiresAt: string }

export function passwordResetSubject(_props: PasswordResetProps, locale: Locale): string {
  return translatorFor(locale, "mails")("passwordReset.subject")
}

export default function PasswordResetEmail(props: PasswordResetProps & ForReader) {
  const { name, resetUrl, expiresAt, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={passwordResetSubject(props, reader.locale)} reader={reader}>
      <Title>{t("passwordReset.title")}</Title>
      <Paragraph>{t.rich("passwordReset.body", { ...tags, name })}</Paragraph>
      <Action href={resetUrl} label={t("passwordReset.action")} locale={reader.locale} />
      <Paragraph>{t("passwordReset.validity", { hours: RESET_LIFETIME_HOURS, date: dateTime(expiresAt, reader) })}</Paragraph>
      <Note>{t("passwordReset.note")}</Note>
    </Layout>
  )
}

PasswordResetEmail.PreviewProps = {
  name: "Ada Lovelace",
  resetUrl: "http://localhost:3000/reset-password/preview-token",
  expiresAt: "2026-12-01T14:30:00.000Z",
  reader: PREVIEW_READER,
} satisfies PasswordResetProps & ForReader
