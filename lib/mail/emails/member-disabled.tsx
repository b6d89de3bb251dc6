import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type MemberDisabledProps = { accountName: string; actorName: string }

export function memberDisabledSubject({ accountName }: MemberDisabledProps, locale: Locale): string {
  return translatorFor(locale, "mails")("memberDisabled.subject", { account: accountName })
}

export default function MemberDisabledEmail(props: MemberDisabledProps & ForReader) {
  const { accountName, actorName, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={memberDisabledSubject(props, reader.locale)} reader={reader}>
      <Title>{t("memberDisabled.title", { account: accountName })}</Title>
      <Paragraph>{t.rich("memberDisabled.body", { ...tags, actor: actorName, account: accountName })}</Paragraph>
      <Note>{t("memberDisabled.note")}</Note>
    </Layout>
  )
}

MemberDisabledEmail.PreviewProps = { accountName: "Acme Production", actorName: "Ada Lovelace", reader: PREVIEW_READER } satisfies MemberDisabledProps & ForReader
