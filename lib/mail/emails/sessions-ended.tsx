import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, Quoted, Title } from "./_components/parts"

export type SessionsEndedProps = { name: string; count: number; /** ISO date-time */ at: string; ip: string }

export function sessionsEndedSubject({ count }: SessionsEndedProps): string {
  return count === 1 ? "A Hitflow session was signed out" : `${count} Hitflow sessions were signed out`
}

export default function SessionsEndedEmail(props: SessionsEndedProps) {
  const { name, count, at, ip } = props
  return (
    <Layout preview={sessionsEndedSubject(props)}>
      <Title>{count === 1 ? "A session was signed out" : `${count} sessions were signed out`}</Title>
      <Paragraph>
        Hello <Quoted>{name}</Quoted>, {count === 1 ? "one of your sessions was" : `${count} of your sessions were`} signed out from your profile on{" "}
        {dateTime(at)}, from the address {ip}.
      </Paragraph>
      <Note>If it was not you, change your password at once.</Note>
    </Layout>
  )
}

SessionsEndedEmail.PreviewProps = { name: "Ada Lovelace", count: 2, at: "2026-12-01T14:30:00.000Z", ip: "203.0.113.7" } satisfies SessionsEndedProps
