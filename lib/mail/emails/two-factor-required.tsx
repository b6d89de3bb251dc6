import { Layout } from "./_components/layout"
import { Action, Note, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type TwoFactorRequiredProps = { accountName: string; ownerName: string; hasTwoFactor: boolean; profileUrl: string }

export function twoFactorRequiredSubject({ accountName }: TwoFactorRequiredProps): string {
  return `${quoted(accountName)} now requires two-factor authentication`
}

export default function TwoFactorRequiredEmail(props: TwoFactorRequiredProps) {
  const { accountName, ownerName, hasTwoFactor, profileUrl } = props
  return (
    <Layout preview={twoFactorRequiredSubject(props)}>
      <Title>{twoFactorRequiredSubject(props)}</Title>
      <Paragraph>
        <Quoted>{ownerName}</Quoted>, the owner of the Hitflow account <Quoted>{accountName}</Quoted>, now requires everyone who has access to it to
        sign in with two-factor authentication.
      </Paragraph>
      {hasTwoFactor ? (
        <Note>You already use two-factor authentication: nothing changes for you.</Note>
      ) : (
        <>
          <Paragraph>Until you turn it on, you cannot open the account. It takes a minute with an authenticator app on your phone.</Paragraph>
          <Action href={profileUrl} label="Set up two-factor authentication" />
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
} satisfies TwoFactorRequiredProps
