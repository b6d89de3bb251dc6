import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { Action, Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type WebhookDisabledProps = { accountName: string; url: string; webhooksUrl: string }

export function webhookDisabledSubject({ accountName }: WebhookDisabledProps, locale: Locale): string {
  return translatorFor(locale, "mails")("webhookDisabled.subject", { account: accountName })
}

export default function WebhookDisabledEmail(props: WebhookDisabledProps & ForReader) {
  const { accountName, url, webhooksUrl, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={webhookDisabledSubject(props, reader.locale)} reader={reader}>
      <Title>{t("webhookDisabled.title")}</Title>
      <Paragraph>{t.rich("webhookDisabled.body", { ...tags, url, account: accountName })}</Paragraph>
      <Action href={webhooksUrl} label={t("webhookDisabled.action")} locale={reader.locale} />
      <Note>{t("webhookDisabled.note")}</Note>
    </Layout>
  )
}

WebhookDisabledEmail.PreviewProps = {
  accountName: "Acme Production",
  url: "https://hooks.acme.example/hitflow",
  webhooksUrl: "http://localhost:3000/accounts/a1/settings/apis/webhooks",
  reader: PREVIEW_READER,
} satisfies WebhookDisabledProps & ForReader
