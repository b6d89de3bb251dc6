import { TRANSFER_LIFETIME_HOURS } from "@/lib/ownership/policy"
import { Layout } from "./_components/layout"
import { dateTime } from "./_components/format"
import { Action, Note, Paragraph, Quoted, quoted, Title } from "./_components/parts"

export type OwnershipOfferedProps = { accountName: string; ownerName: string; acceptUrl: string; /** ISO date-time */ expiresAt: string }

export function ownershipOfferedSubject({ accountName }: OwnershipOfferedProps): string {
  return `You are offered the ownership of ${quoted(accountName)} on Hitflow`
}

export default function OwnershipOfferedEmail(props: OwnershipOfferedProps) {
  const { accountName, ownerName, acceptUrl, expiresAt } = props
  return (
    <Layout preview={ownershipOfferedSubject(props)}>
      <Title>Become the owner of {quoted(accountName)}</Title>
      <Paragraph>
        <Quoted>{ownerName}</Quoted>, the owner of the Hitflow account <Quoted>{accountName}</Quoted>, wants to hand it to you. As its owner you hold
        every role, and only you can require two-factor authentication, transfer it again or delete it. {quoted(ownerName)} stays in the account as a
        member with every role.
      </Paragraph>
      <Action href={acceptUrl} label="Accept ownership" />
      <Paragraph>{`This offer is valid for ${TRANSFER_LIFETIME_HOURS} hours, until ${dateTime(expiresAt)}. Sign in as yourself to accept it.`}</Paragraph>
      <Note>If you do not want the account, ignore this email: nothing changes until you accept.</Note>
    </Layout>
  )
}

OwnershipOfferedEmail.PreviewProps = {
  accountName: "Acme Production",
  ownerName: "Ada Lovelace",
  acceptUrl: "http://localhost:3000/ownership-transfers/preview-token",
  expiresAt: "2026-12-07T14:30:00.000Z",
} satisfies OwnershipOfferedProps
