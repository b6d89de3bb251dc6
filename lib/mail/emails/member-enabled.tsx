import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { Action, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type MemberEnabledProps = { accountName: string; actorName: string; accountUrl: string }

export function memberEnabledSubject({ accountName }: MemberEnabledProps, locale: Locale): string {
  return translatorFor(locale, "mails")("memberEnabled.subject", { account: accountName })
}

export default function MemberEnabledEmail(props: MemberEnabledProps & ForReader) {
  const { accountName, actorName, accountUrl, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={memberEnabledSubject(props, reader.locale)} reader={reader}>
      <Title>{t("memberEnabled.title", { account: accountName })}</Title>
      <Paragraph>{t.rich("memberEnabled.body", { ...tags, actor: actorName, account: accountName })}</Paragraph>
      <Action href={accountUrl} label={t("memberEnabled.action", { account: accountName })} locale={reader.locale} />
    </Layout>
  )
}

MemberEnabledEmail.PreviewProps = {
  accountName: "Acme Production",
  actorName: "Ada Lovelace",
  accountUrl: "http://localhost:3000/accounts/00000000-0000-4000-8000-000000000000/dashboard",
  reader: PREVIEW_READER,
} satisfies MemberEnabledProps & ForReader
