import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type MemberRemovedProps = { accountName: string; actorName: string }

export function memberRemovedSubject({ accountName }: MemberRemovedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("memberRemoved.subject", { account: accountName })
}

export default function MemberRemovedEmail(props: MemberRemovedProps & ForReader) {
  const { accountName, actorName, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={memberRemovedSubject(props, reader.locale)} reader={reader}>
      <Title>{t("memberRemoved.title", { account: accountName })}</Title>
      <Paragraph>{t.rich("memberRemoved.body", { ...tags, actor: actorName, account: accountName })}</Paragraph>
      <Note>{t("memberRemoved.note")}</Note>
    </Layout>
  )
}

MemberRemovedEmail.PreviewProps = { accountName: "Acme Production", actorName: "Ada Lovelace", reader: PREVIEW_READER } satisfies MemberRemovedProps & ForReader
