import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, Quoted, Title } from "./_components/parts"

export type RecoveryCodeUsedProps = { name: string; remaining: number; /** ISO date-time */ at: string; ip: string }

export function recoveryCodeUsedSubject(): string {
  return "A recovery code was used to sign in to Hitflow"
}

export default function RecoveryCodeUsedEmail({ name, remaining, at, ip }: RecoveryCodeUsedProps) {
  const left = remaining === 1 ? "1 recovery code is left" : `${remaining} recovery codes are left`
  return (
    <Layout preview={recoveryCodeUsedSubject()}>
      <Title>A recovery code was used</Title>
      <Paragraph>
        Hello <Quoted>{name}</Quoted>, someone signed in to your Hitflow account with your password and a recovery code on {dateTime(at)}, from the
        address {ip}. Each code works once: {left}.
      </Paragraph>
      <Note>
        {remaining <= 3 ? "Make new ones with Regenerate recovery codes on your profile. " : ""}If it was not you, change your password at once and
        replace your recovery codes.
      </Note>
    </Layout>
  )
}

RecoveryCodeUsedEmail.PreviewProps = { name: "Ada Lovelace", remaining: 9, at: "2026-12-04T14:30:00.000Z", ip: "203.0.113.7" } satisfies RecoveryCodeUsedProps
