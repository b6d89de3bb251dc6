import { memberNotice, type MemberNoticeProps } from "./_components/member-notice"
import { listOf } from "./_components/format"
import { Quoted, quoted, Strong } from "./_components/parts"

/** `roles`: the labels of the roles the invitation gave, e.g. "Technical". */
export type InvitationAcceptedProps = MemberNoticeProps & { roles: string[] }

const mail = memberNotice<InvitationAcceptedProps>({
  subject: ({ memberEmail, accountName }) => `Invitation accepted: ${memberEmail} joined ${quoted(accountName)}`,
  title: ({ memberName, accountName }) => `${quoted(memberName)} joined ${quoted(accountName)}`,
  body: ({ memberName, memberEmail, accountName, roles }) => (
    <>
      <Quoted>{memberName}</Quoted> ({memberEmail}) accepted your invitation and now has access to <Quoted>{accountName}</Quoted> with
      the {roles.length === 1 ? "role" : "roles"} <Strong>{listOf(roles)}</Strong>.
    </>
  ),
}, { roles: ["Technical", "Billing"] })

export const invitationAcceptedSubject = mail.subject
export default mail.Email
