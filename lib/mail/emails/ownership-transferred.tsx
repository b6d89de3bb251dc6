import { Layout } from "./_components/layout"
import { Action, Note, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type OwnershipTransferredProps = {
  accountName: string
  newOwnerName: string
  formerOwnerName: string
  usersUrl: string
  /** Which of the two this mail goes to. */
  to: "new-owner" | "former-owner"
}

export function ownershipTransferredSubject({ accountName }: OwnershipTransferredProps): string {
  return `The ownership of ${quoted(accountName)} was transferred`
}

export default function OwnershipTransferredEmail(props: OwnershipTransferredProps) {
  const { accountName, newOwnerName, formerOwnerName, usersUrl, to } = props
  return (
    <Layout preview={ownershipTransferredSubject(props)}>
      <Title>{ownershipTransferredSubject(props)}</Title>
      {to === "new-owner" ? (
        <Paragraph>
          You are now the owner of the Hitflow account <Quoted>{accountName}</Quoted>. <Quoted>{formerOwnerName}</Quoted>, its former owner, is a
          member with every role: you can change that on Settings → Users.
        </Paragraph>
      ) : (
        <Paragraph>
          <Quoted>{newOwnerName}</Quoted> accepted: they are now the owner of the Hitflow account <Quoted>{accountName}</Quoted>. You are a member
          with every role, until the new owner or an Admin changes that.
        </Paragraph>
      )}
      <Action href={usersUrl} label="See who has access" />
      <Note>The owner is the only one who can transfer the account, require two-factor authentication or delete it.</Note>
    </Layout>
  )
}

OwnershipTransferredEmail.PreviewProps = {
  accountName: "Acme Production",
  newOwnerName: "Grace Hopper",
  formerOwnerName: "Ada Lovelace",
  usersUrl: "http://localhost:3000/accounts/a1/settings/users",
  to: "former-owner",
} satisfies OwnershipTransferredProps
