import { Layout } from "./_components/layout"
import { Action, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type InvitationAcceptedProps = { accountName: string; memberName: string; memberEmail: string; usersUrl: string }

export function invitationAcceptedSubject({ memberEmail, accountName }: InvitationAcceptedProps): string {
  return `Invitation accepted: ${memberEmail} joined ${quoted(accountName)}`
}

export default function InvitationAcceptedEmail(props: InvitationAcceptedProps) {
  const { accountName, memberName, memberEmail, usersUrl } = props
  return (
    <Layout preview={invitationAcceptedSubject(props)}>
      <Title>{quoted(memberName)} joined {quoted(accountName)}</Title>
      <Paragraph>
        <Quoted>{memberName}</Quoted> ({memberEmail}) accepted your invitation and now has access to <Quoted>{accountName}</Quoted>{" "}
        with the roles you chose.
      </Paragraph>
      <Action href={usersUrl} label="Manage users" />
    </Layout>
  )
}

InvitationAcceptedEmail.PreviewProps = {
  accountName: "Acme Production",
  memberName: "Grace Hopper",
  memberEmail: "grace@example.com",
  usersUrl: "http://localhost:3000/accounts/00000000-0000-4000-8000-000000000000/settings/users",
} satisfies InvitationAcceptedProps
