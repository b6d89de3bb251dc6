import type { Role } from "@/lib/generated/prisma/enums"
import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { INVITATION_LIFETIME_HOURS } from "@/lib/invitations/policy"
import { Layout } from "./_components/layout"
import { dateTime, roleList } from "./_components/format"
import { Action, Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type InvitationProps = {
  accountName: string
  inviterName: string
  inviterEmail: string
  roles: Role[]
  acceptUrl: string
  /** ISO date-time */
  expiresAt: string
}

// The subject opens with our own words: what people typed is quoted, never first (a name cannot pose as a warning).
export function invitationSubject({ accountName }: InvitationProps, locale: Locale): string {
  return translatorFor(locale, "mails")("invitation.subject", { account: accountName })
}

export default function InvitationEmail(props: InvitationProps & ForReader) {
  const { accountName, inviterName, inviterEmail, roles, acceptUrl, expiresAt, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={invitationSubject(props, reader.locale)} reader={reader}>
      <Title>{t("invitation.title", { account: accountName })}</Title>
      <Paragraph>
        {t.rich("invitation.body", { ...tags, inviter: inviterName, inviterEmail, account: accountName, count: roles.length, roles: roleList(roles, reader.locale) })}
      </Paragraph>
      <Action href={acceptUrl} label={t("invitation.action")} locale={reader.locale} />
      <Paragraph>{t("invitation.validity", { hours: INVITATION_LIFETIME_HOURS, date: dateTime(expiresAt, reader), inviter: inviterName })}</Paragraph>
      <Note>{t("invitation.note")}</Note>
    </Layout>
  )
}

InvitationEmail.PreviewProps = {
  accountName: "Acme Production",
  inviterName: "Ada Lovelace",
  inviterEmail: "ada@acme.example",
  roles: ["TECHNICAL", "BILLING"],
  acceptUrl: "http://localhost:3000/invitations/preview-token",
  expiresAt: "2026-12-01T14:30:00.000Z",
  reader: PREVIEW_READER,
} satisfies InvitationProps & ForReader
