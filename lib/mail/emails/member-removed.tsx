import { Layout } from "./_components/layout"
import { Note, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type MemberRemovedProps = { accountName: string; actorName: string }

export function memberRemovedSubject({ accountName }: MemberRemovedProps): string {
  return `You no longer have access to ${quoted(accountName)}`
}

export default function MemberRemovedEmail(props: MemberRemovedProps) {
  const { accountName, actorName } = props
  return (
    <Layout preview={memberRemovedSubject(props)}>
      <Title>You were removed from {quoted(accountName)}</Title>
      <Paragraph>
        <Quoted>{actorName}</Quoted> removed you from the Hitflow account <Quoted>{accountName}</Quoted>. You no longer
        have access to it.
      </Paragraph>
      <Note>Your own Hitflow account and your other accounts are not affected. To regain access, ask for a new invitation.</Note>
    </Layout>
  )
}

MemberRemovedEmail.PreviewProps = { accountName: "Acme Production", actorName: "Ada Lovelace" } satisfies MemberRemovedProps
