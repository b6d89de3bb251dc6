import { RESET_LIFETIME_HOURS } from "@/lib/identity/policy"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Action, Note, Paragraph, Quoted, Title } from "./_components/parts"

export type PasswordResetProps = { name: string; resetUrl: string; /** ISO date-time */ expiresAt: string }

export function passwordResetSubject(): string {
  return "Set a new Hitflow password"
}

export default function PasswordResetEmail({ name, resetUrl, expiresAt }: PasswordResetProps) {
  const hours = RESET_LIFETIME_HOURS === 1 ? "1 hour" : `${RESET_LIFETIME_HOURS} hours`
  return (
    <Layout preview={passwordResetSubject()}>
      <Title>Set a new password</Title>
      <Paragraph>
        Hello <Quoted>{name}</Quoted>, someone asked to reset the password of your Hitflow account.
      </Paragraph>
      <Action href={resetUrl} label="Set a new password" />
      <Paragraph>{`This link works once, for ${hours}, until ${dateTime(expiresAt)}. Setting a new password signs out every other session.`}</Paragraph>
      <Note>If you did not ask for this, ignore this email: your password stays as it is.</Note>
    </Layout>
  )
}

PasswordResetEmail.PreviewProps = { name: "Ada Lovelace", resetUrl: "http://localhost:3000/reset-password/preview-token", expiresAt: "2026-12-01T14:30:00.000Z" } satisfies PasswordResetProps
