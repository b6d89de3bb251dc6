import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type GoodbyeProps = { name: string; /** ISO date-time */ at: string; deletedAccounts: string[] }

export function goodbyeSubject(_props: GoodbyeProps, locale: Locale): string {
  return translatorFor(locale, "mails")("goodbye.subject")
}

export default function GoodbyeEmail(props: GoodbyeProps & ForReader) {
  const { name, at, deletedAccounts, reader } = props
  const t = translatorFor(reader.locale, "mails")
  const accounts = deletedAccounts.map((account) => t("goodbye.account", { account })).join(", ")
  return (
    <Layout preview={goodbyeSubject(props, reader.locale)} reader={reader}>
      <Title>{t("goodbye.title", { name })}</Title>
      <Paragraph>
        {t("goodbye.body", { date: dateTime(at, reader) })}
        {deletedAccounts.length > 0 ? <> {t.rich("goodbye.deletedAccounts", { ...tags, accounts })}</> : null}
      </Paragraph>
      <Note>{t("goodbye.note")}</Note>
    </Layout>
  )
}

GoodbyeEmail.PreviewProps = { name: "Ada Lovelace", at: "2026-12-04T14:30:00.000Z", deletedAccounts: ["Acme Production"], reader: PREVIEW_READER } satisfies GoodbyeProps & ForReader
