import { memberNotice, type MemberNoticeProps } from "./_components/member-notice"
import { Quoted, quoted } from "./_components/parts"

export type MemberLeftProps = MemberNoticeProps

const mail = memberNotice({
  subject: ({ memberEmail, accountName }) => `Member left: ${memberEmail} left ${quoted(accountName)}`,
  title: ({ memberName, accountName }) => `${quoted(memberName)} left ${quoted(accountName)}`,
  body: ({ memberName, memberEmail, accountName }) => (
    <>
      <Quoted>{memberName}</Quoted> ({memberEmail}) left the Hitflow account <Quoted>{accountName}</Quoted> and no longer has access to it.
    </>
  ),
}, {})

export const memberLeftSubject = mail.subject
export default mail.Email
