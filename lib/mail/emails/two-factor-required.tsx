import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Layout } from "./_components/layout"
import { Action, Note, Paragraph, tags, Title } from "./_components/parts"
import { PREVIEW_READER, type ForReader } from "./_components/reader"

export type TwoFactorRequiredProps = { accountName: string; ownerName: string; hasTwoFactor: boolean; profileUrl: string }

export function twoFactorRequiredSubject({ accountName }: TwoFactorRequiredProps, locale: Locale): string {
  return translatorFor(locale, "mails")("twoFactorRequired.subject", { account: accountName })
}

export default function TwoFactorRequiredEmail(props: TwoFactorRequiredProps & ForReader) {
  const { accountName, ownerName, hasTwoFactor, profileUrl, reader } = props
  const t = translatorFor(reader.locale, "mails")
  const subject = twoFactorRequiredSubject(props, reader.locale)
  return (
    <Layout preview={subject} reader={reader}>
      <Title>{subject}</Title>
      <Paragraph>{t.rich("twoFactorRequired.body", { ...tags, owner: ownerName, account: accountName })}</Paragraph>
      {hasTwoFactor ? (
        <Note>{t("twoFactorRequired.alreadyOn")}</Note>
      ) : (
        <>
          <Paragraph>{t("twoFactorRequired.turnItOn")}</Paragraph>
          <Action href={profileUrl} label={t("twoFactorRequired.action")} locale={reader.locale} />
        </>
      )}
    </Layout>
  )
}

TwoFactorRequiredEmail.PreviewProps = {
  accountName: "Acme Production",
  ownerName: "Ada Lovelace",
  hasTwoFactor: false,
  profileUrl: "https://app.hitflow.example/profile#two-factor",
  reader: PREVIEW_READER,
} satisfies TwoFactorRequiredProps & ForReader
