import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type AccountDeletedProps = { accountName: string; ownerName: string }

export function accountDeletedSubject({ accountName }: AccountDeletedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("accountDeleted.subject", { account: accountName })
}

export default function AccountDeletedEmail(props: AccountDeletedProps & ForReader) {
  const { accountName, ownerName, reader } = props
  const t = translatorFor(reader.locale, "mails")
  const subject = accountDeletedSubject(props, reader.locale)
  return (
    <Layout preview={subject} reader={reader}>
      <Title>{subject}</Title>
      <Paragraph>{t.rich("accountDeleted.body", { ...tags, owner: ownerName, account: accountName })}</Paragraph>
      <Note>{t("accountDeleted.note")}</Note>
    </Layout>
  )
}

AccountDeletedEmail.PreviewProps = { accountName: "Acme Production", ownerName: "Ada Lovelace", reader: PREVIEW_READER } satisfies AccountDeletedProps & ForReader
