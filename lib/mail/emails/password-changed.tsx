import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type PasswordChangedProps = { name: string; how: "reset" | "changed"; /** ISO date-time */ at: string; ip: string }

export function passwordChangedSubject(_props: PasswordChangedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("passwordChanged.subject")
}

export default function PasswordChangedEmail(props: PasswordChangedProps & ForReader) {
  const { name, how, at, ip, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={passwordChangedSubject(props, reader.locale)} reader={reader}>
      <Title>{t("passwordChanged.title")}</Title>
      <Paragraph>{t.rich("passwordChanged.body", { ...tags, name, how, date: dateTime(at, reader), ip })}</Paragraph>
      <Note>{t("passwordChanged.note")}</Note>
    </Layout>
  )
}

PasswordChangedEmail.PreviewProps = { name: "Ada Lovelace", how: "reset", at: "2026-12-01T14:30:00.000Z", ip: "203.0.113.7", reader: PREVIEW_READER } satisfies PasswordChangedProps & ForReader
