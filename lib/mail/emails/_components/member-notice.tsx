import type { ReactNode } from "react"
import { Layout } from "./layout"
import { Action, Paragraph, Title } from "./parts"

/** What a mail to an account's owner about one of its members says who and where. */
export type MemberNoticeProps = { accountName: string; memberName: string; memberEmail: string; usersUrl: string }

type Wording = { subject(props: MemberNoticeProps): string; title(props: MemberNoticeProps): string; body(props: MemberNoticeProps): ReactNode }

/** A mail telling an account's owner what a member did, with the way to Settings → Users: its subject and component. */
export function memberNotice(wording: Wording) {
  function MemberNoticeEmail(props: MemberNoticeProps) {
    return (
      <Layout preview={wording.subject(props)}>
        <Title>{wording.title(props)}</Title>
        <Paragraph>{wording.body(props)}</Paragraph>
        <Action href={props.usersUrl} label="Manage users" />
      </Layout>
    )
  }
  MemberNoticeEmail.PreviewProps = {
    accountName: "Acme Production",
    memberName: "Grace Hopper",
    memberEmail: "grace@example.com",
    usersUrl: "http://localhost:3000/accounts/00000000-0000-4000-8000-000000000000/settings/users",
  } satisfies MemberNoticeProps
  return { subject: wording.subject, Email: MemberNoticeEmail }
}
