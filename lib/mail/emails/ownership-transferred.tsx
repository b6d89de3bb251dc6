import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { Action, Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type OwnershipTransferredProps = {
  accountName: string
  newOwnerName: string
  formerOwnerName: string
  usersUrl: string
  /** Which of the two this mail goes to. */
  to: "new-owner" | "former-owner"
}

export function ownershipTransferredSubject({ accountName }: OwnershipTransferredProps, locale: Locale): string {
  return translatorFor(locale, "mails")("ownershipTransferred.subject", { account: accountName })
}

export default function OwnershipTransferredEmail(props: OwnershipTransferredProps & ForReader) {
  const { accountName, newOwnerName, formerOwnerName, usersUrl, to, reader } = props
  const t = translatorFor(reader.locale, "mails")
  const subject = ownershipTransferredSubject(props, reader.locale)
  return (
    <Layout preview={subject} reader={reader}>
      <Title>{subject}</Title>
      <Paragraph>
        {to === "new-owner"
          ? t.rich("ownershipTransferred.toNewOwner", { ...tags, account: accountName, formerOwner: formerOwnerName })
          : t.rich("ownershipTransferred.toFormerOwner", { ...tags, account: accountName, newOwner: newOwnerName })}
      </Paragraph>
      <Action href={usersUrl} label={t("ownershipTransferred.action")} locale={reader.locale} />
      <Note>{t("ownershipTransferred.note")}</Note>
    </Layout>
  )
}

OwnershipTransferredEmail.PreviewProps = {
  accountName: "Acme Production",
  newOwnerName: "Grace Hopper",
  formerOwnerName: "Ada Lovelace",
  usersUrl: "http://localhost:3000/accounts/a1/settings/users",
  to: "former-owner",
  reader: PREVIEW_READER,
} satisfies OwnershipTransferredProps & ForReader
