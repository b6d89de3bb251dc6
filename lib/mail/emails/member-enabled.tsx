import { Layout } from "./_components/layout"
import { Action, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type MemberEnabledProps = { accountName: string; actorName: string; accountUrl: string }

export function memberEnabledSubject({ accountName }: MemberEnabledProps): string {
  return `Your access to ${quoted(accountName)} is enabled again`
}

export default function MemberEnabledEmail(props: MemberEnabledProps) {
  const { accountName, actorName, accountUrl } = props
  return (
    <Layout preview={memberEnabledSubject(props)}>
      <Title>Your access to {quoted(accountName)} is back</Title>
      <Paragraph>
        <Quoted>{actorName}</Quoted> enabled your access to the Hitflow account <Quoted>{accountName}</Quoted> again,
        with the same roles as before.
      </Paragraph>
      <Action href={accountUrl} label={`Open ${quoted(accountName)}`} />
    </Layout>
  )
}

MemberEnabledEmail.PreviewProps = {
  accountName: "Acme Production",
  actorName: "Ada Lovelace",
  accountUrl: "http://localhost:3000/accounts/00000000-0000-4000-8000-000000000000/dashboard",
} satisfies MemberEnabledProps
