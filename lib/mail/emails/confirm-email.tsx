import { CONFIRMATION_LIFETIME_HOURS } from "@/lib/identity/policy"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Action, Note, Paragraph, Quoted, Title } from "./_components/parts"

export type ConfirmEmailProps = { name: string; confirmUrl: string; /** ISO date-time */ expiresAt: string }

export function confirmEmailSubject(): string {
  return "Confirm your email for Hitflow"
}

export default function ConfirmEmail({ name, confirmUrl, expiresAt }: ConfirmEmailProps) {
  return (
    <Layout preview={confirmEmailSubject()}>
      <Title>Confirm your email</Title>
      <Paragraph>
        Hello <Quoted>{name}</Quoted>, confirm that this is your email to start using your Hitflow account.
      </Paragraph>
      <Action href={confirmUrl} label="Confirm my email" />
      <Paragraph>{`This link works once, for ${CONFIRMATION_LIFETIME_HOURS} hours, until ${dateTime(expiresAt)}.`}</Paragraph>
      <Note>If you did not create a Hitflow account, ignore this email: without confirmation, nobody can sign in with it.</Note>
    </Layout>
  )
}

ConfirmEmail.PreviewProps = { name: "Ada Lovelace", confirmUrl: "http://localhost:3000/confirm-email/preview-token", expiresAt: "2026-12-01T14:30:00.000Z" } satisfies ConfirmEmailProps
