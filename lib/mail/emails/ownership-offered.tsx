import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { TRANSFER_LIFETIME_HOURS } from "@/lib/ownership/policy"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Action, Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type OwnershipOfferedProps = { accountName: string; ownerName: string; acceptUrl: string; /** ISO date-time */ expiresAt: string }

export function ownershipOfferedSubject({ accountName }: OwnershipOfferedProps, locale: Locale): string {
  return translatorFor(locale, "mails")("ownershipOffered.subject", { account: accountName })
}

export default function OwnershipOfferedEmail(props: OwnershipOfferedProps & ForReader) {
  const { accountName, ownerName, acceptUrl, expiresAt, reader } = props
  const t = translatorFor(reader.locale, "mails")
  return (
    <Layout preview={ownershipOfferedSubject(props, reader.locale)} reader={reader}>
      <Title>{t("ownershipOffered.title", { account: accountName })}</Title>
      <Paragraph>{t.rich("ownershipOffered.body", { ...tags, owner: ownerName, account: accountName })}</Paragraph>
      <Action href={acceptUrl} label={t("ownershipOffered.action")} locale={reader.locale} />
      <Paragraph>{t("ownershipOffered.validity", { hours: TRANSFER_LIFETIME_HOURS, date: dateTime(expiresAt, reader) })}</Paragraph>
      <Note>{t("ownershipOffered.note")}</Note>
    </Layout>
  )
}

OwnershipOfferedEmail.PreviewProps = {
  accountName: "Acme Production",
  ownerName: "Ada Lovelace",
  acceptUrl: "http://localhost:3000/ownership-transfers/preview-token",
  expiresAt: "2026-12-07T14:30:00.000Z",
  reader: PREVIEW_READER,
} satisfies OwnershipOfferedProps & ForReader
