import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, Quoted, Title } from "./_components/parts"

export type GoodbyeProps = { name: string; /** ISO date-time */ at: string; deletedAccounts: string[] }

export function goodbyeSubject(): string {
  return "Your Hitflow user was deleted"
}

export default function GoodbyeEmail({ name, at, deletedAccounts }: GoodbyeProps) {
  return (
    <Layout preview={goodbyeSubject()}>
      <Title>Goodbye, {name}</Title>
      <Paragraph>
        Your Hitflow user was deleted on {dateTime(at)}, as you asked: your sessions ended, your memberships ended and their owners were told.
        {deletedAccounts.length > 0 ? <> The accounts you owned were deleted with it: {deletedAccounts.map((account, index) => <span key={account}>{index > 0 ? ", " : ""}<Quoted>{account}</Quoted></span>)}.</> : null}
      </Paragraph>
      <Note>The access changes you made stay in the activity of the accounts you were part of, under your email. You can sign up again at any time.</Note>
    </Layout>
  )
}

GoodbyeEmail.PreviewProps = { name: "Ada Lovelace", at: "2026-12-04T14:30:00.000Z", deletedAccounts: ["Acme Production"] } satisfies GoodbyeProps
