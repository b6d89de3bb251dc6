import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Note, Paragraph, Quoted, Title } from "./_components/parts"

export type TwoFactorChange = "enabled" | "disabled" | "recovery-codes-regenerated"
export type TwoFactorChangedProps = { name: string; change: TwoFactorChange; /** ISO date-time */ at: string; ip: string }

const WHAT: Record<TwoFactorChange, { subject: string; done: string }> = {
  enabled: { subject: "Two-factor authentication is on for your Hitflow account", done: "turned on two-factor authentication" },
  disabled: { subject: "Two-factor authentication was turned off for your Hitflow account", done: "turned off two-factor authentication" },
  "recovery-codes-regenerated": { subject: "Your Hitflow recovery codes were replaced", done: "replaced your recovery codes (the old ones no longer work)" },
}

export function twoFactorChangedSubject({ change }: TwoFactorChangedProps): string {
  return WHAT[change].subject
}

export default function TwoFactorChangedEmail(props: TwoFactorChangedProps) {
  const { name, change, at, ip } = props
  return (
    <Layout preview={twoFactorChangedSubject(props)}>
      <Title>{twoFactorChangedSubject(props)}</Title>
      <Paragraph>
        Hello <Quoted>{name}</Quoted>, someone signed in as you {WHAT[change].done} on {dateTime(at)}, from the address {ip}.
      </Paragraph>
      <Note>If it was not you, change your password at once from your profile, sign out your other sessions, and tell the owners of your accounts.</Note>
    </Layout>
  )
}

TwoFactorChangedEmail.PreviewProps = { name: "Ada Lovelace", change: "enabled", at: "2026-12-04T14:30:00.000Z", ip: "203.0.113.7" } satisfies TwoFactorChangedProps
