import { Layout } from "./_components/layout"
import { Note, Paragraph, Strong, Title } from "./_components/parts"

export type MemberDisabledProps = { accountName: string; actorName: string }

export function memberDisabledSubject({ accountName }: MemberDisabledProps): string {
  return `Your access to ${accountName} has been deactivated`
}

export default function MemberDisabledEmail(props: MemberDisabledProps) {
  const { accountName, actorName } = props
  return (
    <Layout preview={memberDisabledSubject(props)}>
      <Title>Your access to {accountName} is deactivated</Title>
      <Paragraph>
        <Strong>{actorName}</Strong> deactivated your access to the Hitflow account <Strong>{accountName}</Strong>. You
        cannot open it until its owner or an Admin enables your access again.
      </Paragraph>
      <Note>Your other Hitflow accounts are not affected.</Note>
    </Layout>
  )
}

MemberDisabledEmail.PreviewProps = { accountName: "Acme Production", actorName: "Ada Lovelace" } satisfies MemberDisabledProps
