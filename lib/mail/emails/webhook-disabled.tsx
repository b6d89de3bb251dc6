import { Layout } from "./_components/layout"
import { Action, Note, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type WebhookDisabledProps = { accountName: string; url: string; webhooksUrl: string }

export function webhookDisabledSubject({ accountName }: WebhookDisabledProps): string {
  return `A webhook endpoint of ${quoted(accountName)} was disabled`
}

export default function WebhookDisabledEmail(props: WebhookDisabledProps) {
  const { accountName, url, webhooksUrl } = props
  return (
    <Layout preview={webhookDisabledSubject(props)}>
      <Title>A webhook endpoint was disabled</Title>
      <Paragraph>
        Every delivery to <Quoted>{url}</Quoted>, an endpoint of the Hitflow account <Quoted>{accountName}</Quoted>, has failed for 3 days, so
        Hitflow stopped sending to it: events that happen while it is disabled are not sent to it.
      </Paragraph>
      <Action href={webhooksUrl} label="See the delivery log" />
      <Note>Fix the receiver, then enable the endpoint again: the deliveries still waiting when it was disabled are sent then.</Note>
    </Layout>
  )
}

WebhookDisabledEmail.PreviewProps = {
  accountName: "Acme Production",
  url: "https://hooks.acme.example/hitflow",
  webhooksUrl: "http://localhost:3000/accounts/a1/settings/apis/webhooks",
} satisfies WebhookDisabledProps
