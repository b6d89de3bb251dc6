import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type TwoFactorChange = "enabled" | "disabled" | "recovery-codes-regenerated"
export type TwoFactorChangedProps = { name: string; change: TwoFactorChange; /** ISO date-time */ at: string; ip: string }

export function twoFactorChangedSubject({ change }: TwoFactorChangedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("twoFactorChanged.subject", { change })
}

export default function TwoFactorChangedEmail(props: TwoFactorChangedProps & ForReader) {
  const { name, change, at, ip, reader } = props
  const t = translatorFor(reader.locale, "mails")
  const subject = twoFactorChangedSubject(props, reader.locale)
  return (
    <Layout preview={subject} reader={reader}>
      <Title>{subject}</Title>
      <Paragraph>{t.rich("twoFactorChanged.body", { ...tags, name, change, date: dateTime(at, reader), ip })}</Paragraph>
      <Note>{t("twoFactorChanged.note")}</Note>
    </Layout>
  )
}

TwoFactorChangedEmail.PreviewProps = { name: "Ada Lovelace", change: "enabled", at: "2026-12-04T14:30:00.000Z", ip: "203.0.113.7", reader: PREVIEW_READER } satisfies TwoFactorChangedProps & ForReader
