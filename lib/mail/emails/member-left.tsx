import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { MEMBER_NOTICE_PREVIEW, MemberNoticeEmail, type MemberNoticeProps } from "./_components/member-notice"
import { tags } from "./_components/parts"
import type { ForReader } from "./_components/reader"

export type MemberLeftProps = MemberNoticeProps

export function memberLeftSubject({ memberEmail, accountName }: MemberLeftProps, locale: Locale): string {
  return translatorFor(locale, "mails")("memberLeft.subject", { memberEmail, account: accountName })
}

export default function MemberLeftEmail(props: MemberLeftProps & ForReader) {
  const { accountName, memberName, memberEmail, usersUrl, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <MemberNoticeEmail
      reader={reader}
      usersUrl={usersUrl}
      subject={memberLeftSubject(props, reader.locale)}
      title={t("memberLeft.title", { member: memberName, account: accountName })}
      body={t.rich("memberLeft.body", { ...tags, member: memberName, memberEmail, account: accountName })}
    />
  )
}

MemberLeftEmail.PreviewProps = MEMBER_NOTICE_PREVIEW satisfies MemberLeftProps & ForReader
