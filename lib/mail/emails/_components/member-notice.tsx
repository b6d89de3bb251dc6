import type { ReactNode } from "react"
import { Layout } from "./layout"
import { Action, Paragraph, Title } from "./parts"

/** What a mail to an account's owner about one of its members says who and where. */
export type MemberNoticeProps = { accountName: string; memberName: string; memberEmail: string; usersUrl: string }

type Wording<Props> = { subject(props: Props): string; title(props: Props): string; body(props: Props): ReactNode }

const preview: MemberNoticeProps = {
  accountName: "Acme Production",
  memberName: "Grace Hopper",
  memberEmail: "grace@example.com",
  usersUrl: "http://localhost:3000/accounts/00000000-0000-4000-8000-000000000000/settings/users",
}

/**
 * A mail telling an account's owner what a member did, with the way to Settings → Users: its subject and component
 * (`extra` completes the preview data `npm run email` shows).
 */
export function memberNotice<Props extends MemberNoticeProps>(wording: Wording<Props>, extra: Omit<Props, keyof MemberNoticeProps>) {
  function MemberNoticeEmail(props: Props) {
    return (
      <Layout preview={wording.subject(props)}>
        <Title>{wording.title(props)}</Title>
        <Paragraph>{wording.body(props)}</Paragraph>
        <Action href={props.usersUrl} label="Manage users" />
      </Layout>
    )
  }
  MemberNoticeEmail.PreviewProps = { ...preview, ...extra } as Props
  return { subject: wording.subject, Email: MemberNoticeEmail }
}
