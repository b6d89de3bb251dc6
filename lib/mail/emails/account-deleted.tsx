import { Layout } from "./_components/layout"
import { Note, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type AccountDeletedProps = { accountName: string; ownerName: string }

export function accountDeletedSubject({ accountName }: AccountDeletedProps): string {
  return `The Hitflow account ${quoted(accountName)} was deleted`
}

export default function AccountDeletedEmail(props: AccountDeletedProps) {
  const { accountName, ownerName } = props
  return (
    <Layout preview={accountDeletedSubject(props)}>
      <Title>{accountDeletedSubject(props)}</Title>
      <Paragraph>
        <Quoted>{ownerName}</Quoted> deleted their Hitflow user, and with it the account <Quoted>{accountName}</Quoted>, which they owned. Your access
        to it has ended, and its pending invitations were cancelled.
      </Paragraph>
      <Note>Your own Hitflow user and your other accounts are not affected.</Note>
    </Layout>
  )
}

AccountDeletedEmail.PreviewProps = { accountName: "Acme Production", ownerName: "Ada Lovelace" } satisfies AccountDeletedProps
