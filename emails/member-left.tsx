import { Layout } from "./_components/layout"
import { Action, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type MemberLeftProps = { accountName: string; memberName: string; memberEmail: string; usersUrl: string }

export function memberLeftSubject({ memberEmail, accountName }: MemberLeftProps): string {
  return `Member left: ${memberEmail} left ${quoted(accountName)}`
}

export default function MemberLeftEmail(props: MemberLeftProps) {
  const { accountName, memberName, memberEmail, usersUrl } = props
  return (
    <Layout preview={memberLeftSubject(props)}>
      <Title>{quoted(memberName)} left {quoted(accountName)}</Title>
      <Paragraph>
        <Quoted>{memberName}</Quoted> ({memberEmail}) left the Hitflow account <Quoted>{accountName}</Quoted> and no
        longer has access to it.
      </Paragraph>
      <Action href={usersUrl} label="Manage users" />
    </Layout>
  )
}

MemberLeftEmail.PreviewProps = {
  accountName: "Acme Production",
  memberName: "Grace Hopper",
  memberEmail: "grace@example.com",
  usersUrl: "http://localhost:3000/accounts/00000000-0000-4000-8000-000000000000/settings/users",
} satisfies MemberLeftProps
