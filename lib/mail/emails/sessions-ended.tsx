import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type SessionsEndedProps = { name: string; count: number; /** ISO date-time */ at: string; ip: string }

export function sessionsEndedSubject({ count }: SessionsEndedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("sessionsEnded.subject", { count })
}

export default function SessionsEndedEmail(props: SessionsEndedProps & ForReader) {
  const { name, count, at, ip, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={sessionsEndedSubject(props, reader.locale)} reader={reader}>
      <Title>{t("sessionsEnded.title", { count })}</Title>
      <Paragraph>{t.rich("sessionsEnded.body", { ...tags, name, count, date: dateTime(at, reader), ip })}</Paragraph>
      <Note>{t("sessionsEnded.note")}</Note>
    </Layout>
  )
}

SessionsEndedEmail.PreviewProps = { name: "Ada Lovelace", count: 2, at: "2026-12-01T14:30:00.000Z", ip: "203.0.113.7", reader: PREVIEW_READER } satisfies SessionsEndedProps & ForReader
