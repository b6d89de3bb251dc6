import Link from "next/link"
import { ActionButton } from "@/components/action-button"
import { PageFrame } from "@/components/page-frame"
import { Refusal } from "@/components/refusal"
import { currentUserId } from "@/lib/auth/auth"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { acceptTransferAction } from "@/lib/ownership/actions"
import { findTransferByToken, type TransferState } from "@/lib/ownership/transfer"

export const metadata = { title: "Transfer of ownership · Hitflow" }

const closed: Record<Exclude<TransferState, "pending">, { title: string; message: string }> = {
  expired: { title: "This transfer has expired", message: "A transfer waits 72 hours. Ask the owner to transfer the account again." },
  accepted: { title: "This transfer was already accepted", message: "The account has its new owner. It is in the account menu of the person who accepted." },
  cancelled: { title: "This transfer was cancelled", message: "The owner cancelled it, or the access of the person it was offered to ended." },
  replaced: { title: "This transfer was replaced", message: "The owner started a newer transfer: use the link in the most recent mail." },
}

/** The link mailed to the member offered an account: Accept ownership, signed in as themselves. */
export default async function OwnershipTransferPage({ params }: PageProps<"/ownership-transfers/[token]">) {
  const { token } = await params
  const [transfer, userId] = await Promise.all([findTransferByToken(token), currentUserId()])
  const reader = await requestPreferences()
  const here = `/ownership-transfers/${token}`
  const ways = userId ? [{ href: "/", label: "Go to your accounts" }] : [{ href: "/sign-in", label: "Sign in" }]
  if (!transfer || transfer.state !== "pending") {
    const { title, message } = transfer
      ? closed[transfer.state as Exclude<TransferState, "pending">]
      : { title: "This link is not valid", message: "It may be incomplete. Check the link in your most recent email." }
    return (
      <PageFrame>
        <Refusal title={title} ways={ways}>
          <p>{message}</p>
        </Refusal>
      </PageFrame>
    )
  }
  return (
    <PageFrame>
      <h1 className="text-2xl font-semibold text-slate-900">{`Become the owner of ${transfer.accountName}`}</h1>
      <p className="mt-4 text-slate-700">
        <strong>{transfer.fromName}</strong> offers you the ownership of <strong>{transfer.accountName}</strong>. As its owner you hold every role, and
        only you can require two-factor authentication, transfer it or delete it. {transfer.fromName} stays as a member holding every role.
      </p>
      <p className="mt-3 text-sm text-slate-600">Open until {formatDateTime(transfer.expiresAt, reader)}.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        {!userId ? (
          <Link href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(transfer.toEmail)}`} className="button-primary">
            Sign in to accept
          </Link>
        ) : userId === transfer.toUserId ? (
          <ActionButton action={acceptTransferAction.bind(null, token)} label="Accept ownership" variant="primary" />
        ) : (
          <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            This transfer was offered to {transfer.toEmail}. Sign out, then sign in as them to accept it.
          </p>
        )}
      </div>
    </PageFrame>
  )
}
