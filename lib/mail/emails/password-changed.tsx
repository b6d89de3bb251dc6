import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, Quoted, Title } from "./_components/parts"

export type PasswordChangedProps = { name: string; how: "reset" | "changed"; /** ISO date-time */ at: string; ip: string }

export function passwordChangedSubject(): string {
  return "Your Hitflow password was changed"
}

export default function PasswordChangedEmail({ name, how, at, ip }: PasswordChangedProps) {
  const way = how === "reset" ? "with a reset link" : "from your profile"
  return (
    <Layout preview={passwordChangedSubject()}>
      <Title>Your password was changed</Title>
      <Paragraph>
        Hello <Quoted>{name}</Quoted>, the password of your Hitflow account was changed {way} on {dateTime(at)}, from the address {ip}. Your
        other sessions were signed out.
      </Paragraph>
      <Note>If it was not you, set a new password at once with Forgot password? on the sign-in page, and tell the owners of your accounts.</Note>
    </Layout>
  )
}

PasswordChangedEmail.PreviewProps = { name: "Ada Lovelace", how: "reset", at: "2026-12-01T14:30:00.000Z", ip: "203.0.113.7" } satisfies PasswordChangedProps
