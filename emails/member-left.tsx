import { Layout } from "./_components/layout"
import { Action, Paragraph, Strong, Title } from "./_components/parts"

export type MemberLeftProps = { accountName: string; memberName: string; memberEmail: string; usersUrl: string }

export function memberLeftSubject({ memberEmail, accountName }: MemberLeftProps): string {
  return `${memberEmail} left ${accountName}`
}

export default function MemberLeftEmail(props: MemberLeftProps) {
  const { accountName, memberName, memberEmail, usersUrl } = props
  return (
    <Layout preview={memberLeftSubject(props)}>
      <Title>{memberName} left {accountName}</Title>
      <Paragraph>
        <Strong>{memberName}</Strong> ({memberEmail}) left the Hitflow account <Strong>{accountName}</Strong> and no
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
