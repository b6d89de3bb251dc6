import type { ReactNode } from "react"
import { translatorFor } from "@/lib/i18n/catalogs"
import type { ForReader } from "./reader"
import { PREVIEW_READER } from "./reader"
import { Layout } from "./layout"
import { Action, Paragraph, Title } from "./parts"

/** What a mail to an account's owner about one of its members says who and where. */
export type MemberNoticeProps = { accountName: string; memberName: string; memberEmail: string; usersUrl: string }

export const MEMBER_NOTICE_PREVIEW: MemberNoticeProps & ForReader = {
  accountName: "Acme Production",
  memberName: "Grace Hopper",
  memberEmail: "grace@example.com",
  usersUrl: "http://localhost:3000/accounts/00000000-0000-4000-8000-000000000000/settings/users",
  reader: PREVIEW_READER,
}

type MemberNoticeEmailProps = ForReader & { usersUrl: string; subject: string; title: string; body: ReactNode }

/** A mail telling an account's owner what a member did, with the way to Settings → Users. */
export function MemberNoticeEmail({ reader, usersUrl, subject, title, body }: MemberNoticeEmailProps) {
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={subject} reader={reader}>
      <Title>{title}</Title>
      <Paragraph>{body}</Paragraph>
      <Action href={usersUrl} label={t("memberNotice.action")} locale={reader.locale} />
    </Layout>
  )
}
