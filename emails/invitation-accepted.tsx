import { Layout } from "./_components/layout"
import { Action, Paragraph, Strong, Title } from "./_components/parts"

export type InvitationAcceptedProps = { accountName: string; memberName: string; memberEmail: string; usersUrl: string }

export function invitationAcceptedSubject({ memberEmail, accountName }: InvitationAcceptedProps): string {
  return `${memberEmail} accepted your invitation to ${accountName}`
}

export default function InvitationAcceptedEmail(props: InvitationAcceptedProps) {
  const { accountName, memberName, memberEmail, usersUrl } = props
  return (
    <Layout preview={invitationAcceptedSubject(props)}>
      <Title>{memberName} joined {accountName}</Title>
      <Paragraph>
        <Strong>{memberName}</Strong> ({memberEmail}) accepted your invitation and now has access to{" "}
        <Strong>{accountName}</Strong> with the roles you chose.
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
