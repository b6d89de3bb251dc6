import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { CONFIRMATION_LIFETIME_HOURS } from "@/lib/identity/policy"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Action, Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type ConfirmEmailProps = { name: string; confirmUrl: string; /** ISO date-time */ expiresAt: string }

export function confirmEmailSubject(_props: ConfirmEmailProps, locale: Locale): string {
  return translatorFor(locale, "mails")("confirmEmail.subject")
}

export default function ConfirmEmail(props: ConfirmEmailProps & ForReader) {
  const { name, confirmUrl, expiresAt, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={confirmEmailSubject(props, reader.locale)} reader={reader}>
      <Title>{t("confirmEmail.title")}</Title>
      <Paragraph>{t.rich("confirmEmail.body", { ...tags, name })}</Paragraph>
      <Action href={confirmUrl} label={t("confirmEmail.action")} locale={reader.locale} />
      <Paragraph>{t("confirmEmail.validity", { hours: CONFIRMATION_LIFETIME_HOURS, date: dateTime(expiresAt, reader) })}</Paragraph>
      <Note>{t("confirmEmail.note")}</Note>
    </Layout>
  )
}

ConfirmEmail.PreviewProps = {
  name: "Ada Lovelace",
  confirmUrl: "http://localhost:3000/confirm-email/preview-token",
  expiresAt: "2026-12-01T14:30:00.000Z",
  reader: PREVIEW_READER,
} satisfies ConfirmEmailProps & ForReader
