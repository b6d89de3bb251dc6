import { INVITATION_LIFETIME_HOURS } from "@/lib/invitations/policy"
import { Layout } from "./_components/layout"
import { dateTime, listOf } from "./_components/format"
import { Action, Note, Paragraph, Quoted, quoted, Strong, Title } from "./_components/parts"

export type InvitationProps = {
  accountName: string
  inviterName: string
  inviterEmail: string
  /** Role labels, e.g. "Technical" */
  roles: string[]
  acceptUrl: string
  /** ISO date-time */
  expiresAt: string
}

// The subject opens with our own words: what people typed is quoted, never first (a name cannot pose as a warning).
export function invitationSubject({ accountName }: InvitationProps): string {
  return `Invitation to join ${quoted(accountName)} on Hitflow`
}

export default function InvitationEmail(props: InvitationProps) {
  const { accountName, inviterName, inviterEmail, roles, acceptUrl, expiresAt } = props
  const roleWord = roles.length === 1 ? "role" : "roles"
  return (
    <Layout preview={invitationSubject(props)}>
      <Title>Join {quoted(accountName)} on Hitflow</Title>
      <Paragraph>
        <Quoted>{inviterName}</Quoted> ({inviterEmail}) invited you to the Hitflow account <Quoted>{accountName}</Quoted> with
        the {roleWord} <Strong>{listOf(roles)}</Strong>.
      </Paragraph>
      <Action href={acceptUrl} label="Accept the invitation" />
      <Paragraph>
        {`This invitation is valid for ${INVITATION_LIFETIME_HOURS} hours, until ${dateTime(expiresAt)}. After that, ask ${quoted(inviterName)} to send a new one.`}
      </Paragraph>
      <Note>If you were not expecting this invitation, you can ignore this email: nothing changes until you accept it.</Note>
    </Layout>
  )
}

InvitationEmail.PreviewProps = {
  accountName: "Acme Production",
  inviterName: "Ada Lovelace",
  inviterEmail: "ada@acme.example",
  roles: ["Technical", "Billing"],
  acceptUrl: "http://localhost:3000/invitations/preview-token",
  expiresAt: "2026-12-01T14:30:00.000Z",
} satisfies InvitationProps
