import { memberNotice, type MemberNoticeProps } from "./_components/member-notice"
import { Quoted, quoted } from "./_components/parts"

export type InvitationAcceptedProps = MemberNoticeProps

const mail = memberNotice({
  subject: ({ memberEmail, accountName }) => `Invitation accepted: ${memberEmail} joined ${quoted(accountName)}`,
  title: ({ memberName, accountName }) => `${quoted(memberName)} joined ${quoted(accountName)}`,
  body: ({ memberName, memberEmail, accountName }) => (
    <>
      <Quoted>{memberName}</Quoted> ({memberEmail}) accepted your invitation and now has access to <Quoted>{accountName}</Quoted> with
      the roles you chose.
    </>
  ),
})

export const invitationAcceptedSubject = mail.subject
export default mail.Email
