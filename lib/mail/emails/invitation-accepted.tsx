import type { Role } from "@/lib/generated/prisma/enums"
import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { MEMBER_NOTICE_PREVIEW, MemberNoticeEmail, type MemberNoticeProps } from "./_components/member-notice"
import { roleList } from "./_components/format"
import { tags } from "./_components/parts"
import type { ForReader } from "./_components/reader"

/** `roles`: the roles the invitation gave. */
export type InvitationAcceptedProps = MemberNoticeProps & { roles: Role[] }

export function invitationAcceptedSubject({ memberEmail, accountName }: InvitationAcceptedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("invitationAccepted.subject", { memberEmail, account: accountName })
}

export default function InvitationAcceptedEmail(props: InvitationAcceptedProps & ForReader) {
  const { accountName, memberName, memberEmail, roles, usersUrl, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <MemberNoticeEmail
      reader={reader}
      usersUrl={usersUrl}
      subject={invitationAcceptedSubject(props, reader.locale)}
      title={t("invitationAccepted.title", { member: memberName, account: accountName })}
      body={t.rich("invitationAccepted.body", { ...tags, member: memberName, memberEmail, account: accountName, count: roles.length, roles: roleList(roles, reader.locale) })}
    />
  )
}

InvitationAcceptedEmail.PreviewProps = { ...MEMBER_NOTICE_PREVIEW, roles: ["TECHNICAL", "BILLING"] } satisfies InvitationAcceptedProps & ForReader
