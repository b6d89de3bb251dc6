import { Layout } from "./_components/layout"
import { Note, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type MemberDisabledProps = { accountName: string; actorName: string }

export function memberDisabledSubject({ accountName }: MemberDisabledProps): string {
  return `Your access to ${quoted(accountName)} has been deactivated`
}

export default function MemberDisabledEmail(props: MemberDisabledProps) {
  const { accountName, actorName } = props
  return (
    <Layout preview={memberDisabledSubject(props)}>
      <Title>Your access to {quoted(accountName)} is deactivated</Title>
      <Paragraph>
        <Quoted>{actorName}</Quoted> deactivated your access to the Hitflow account <Quoted>{accountName}</Quoted>. You
        cannot open it until its owner or an Admin enables your access again.
      </Paragraph>
      <Note>Your other Hitflow accounts are not affected.</Note>
    </Layout>
  )
}

MemberDisabledEmail.PreviewProps = { accountName: "Acme Production", actorName: "Ada Lovelace" } satisfies MemberDisabledProps
