import { Layout } from "./_components/layout"
import { Note, Paragraph, Strong, Title } from "./_components/parts"

export type MemberRemovedProps = { accountName: string; actorName: string }

export function memberRemovedSubject({ accountName }: MemberRemovedProps): string {
  return `You no longer have access to ${accountName}`
}

export default function MemberRemovedEmail(props: MemberRemovedProps) {
  const { accountName, actorName } = props
  return (
    <Layout preview={memberRemovedSubject(props)}>
      <Title>You were removed from {accountName}</Title>
      <Paragraph>
        <Strong>{actorName}</Strong> removed you from the Hitflow account <Strong>{accountName}</Strong>. You no longer
        have access to it.
      </Paragraph>
      <Note>Your own Hitflow account and your other accounts are not affected. To regain access, ask for a new invitation.</Note>
    </Layout>
  )
}

MemberRemovedEmail.PreviewProps = { accountName: "Acme Production", actorName: "Ada Lovelace" } satisfies MemberRemovedProps
