import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type RecoveryCodeUsedProps = { name: string; remaining: number; /** ISO date-time */ at: string; ip: string }

/** Few enough codes left that the mail suggests making new ones. */
const FEW_CODES_LEFT = 3

export function recoveryCodeUsedSubject(_props: RecoveryCodeUsedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("recoveryCodeUsed.subject")
}

export default function RecoveryCodeUsedEmail(props: RecoveryCodeUsedProps & ForReader) {
  const { name, remaining, at, ip, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={recoveryCodeUsedSubject(props, reader.locale)} reader={reader}>
      <Title>{t("recoveryCodeUsed.title")}</Title>
      <Paragraph>{t.rich("recoveryCodeUsed.body", { ...tags, name, remaining, date: dateTime(at, reader), ip })}</Paragraph>
      <Note>
        {remaining <= FEW_CODES_LEFT ? `${t("recoveryCodeUsed.regenerate")} ` : ""}
        {t("recoveryCodeUsed.note")}
      </Note>
    </Layout>
  )
}

RecoveryCodeUsedEmail.PreviewProps = { name: "Ada Lovelace", remaining: 9, at: "2026-12-04T14:30:00.000Z", ip: "203.0.113.7", reader: PREVIEW_READER } satisfies RecoveryCodeUsedProps & ForReader
