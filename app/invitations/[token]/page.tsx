import Link from "next/link"
import { ActionButton } from "@/components/action-button"
import { RoleBadges } from "@/components/role-badges"
import { currentUserEmail } from "@/lib/auth/auth"
import { formatDateTime } from "@/lib/format"
import { findInvitationByToken, type InvitationState } from "@/lib/invitations/lookup"
import { INVITATION_LIFETIME_HOURS } from "@/lib/invitations/policy"
import { acceptInvitationAction, declineInvitationAction, signOutToInvitationAction } from "@/lib/invitations/actions"

export const metadata = { title: "Invitation · Hitflow" }

const closed: Record<Exclude<InvitationState, "pending">, { title: string; message: string }> = {
  expired: {
    title: "This invitation has expired",
    message: `Invitations are valid for ${INVITATION_LIFETIME_HOURS} hours. Ask the person who invited you to send a new invitation.`,
  },
  cancelled: {
    title: "This invitation was cancelled",
    message: "The account's owner or an Admin cancelled it. Ask them for a new invitation if you still need access.",
  },
  declined: {
    title: "This invitation was declined",
    message: "It can no longer be accepted. Ask the person who invited you for a new invitation if you changed your mind.",
  },
  accepted: {
    title: "This invitation has already been used",
    message: "An invitation works once. If you accepted it, the account is in your list; otherwise ask the owner for a new invitation.",
  },
  revoked: {
    title: "This invitation is no longer valid",
    message: "The person who sent it can no longer give this access. Ask the account's owner or an Admin for a new invitation.",
  },
}

export default async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params
  const [invitation, signedInEmail] = await Promise.all([findInvitationByToken(token), currentUserEmail()])
  const here = `/invitations/${token}`

  if (!invitation) {
    return (
      <Card title="This invitation link is not valid">
        <p>It may be incomplete, or it was replaced by a newer invitation. Check the link in your most recent email, or ask the person who invited you to send it again.</p>
      </Card>
    )
  }
  if (invitation.state !== "pending") {
    const { title, message } = closed[invitation.state]
    return (
      <Card title={title}>
        <p>{message}</p>
      </Card>
    )
  }

  return (
    <Card title={`Join ${invitation.accountName} on Hitflow`}>
      <p>
        <strong>{invitation.inviterName}</strong> invited <strong>{invitation.email}</strong> to the account <strong>{invitation.accountName}</strong> with the roles:
      </p>
      <div className="mt-2">
        <RoleBadges roles={invitation.roles} />
      </div>
      <p className="mt-2 text-sm text-slate-500">Valid until {formatDateTime(invitation.expiresAt)}.</p>

      <div className="mt-6 flex flex-wrap gap-3">
        {!signedInEmail ? (
          <>
            <Link href={`/sign-up?invitation=${token}`} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500">
              Create account
            </Link>
            <Link
              href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}
              className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-700 hover:bg-slate-50"
            >
              Sign in
            </Link>
          </>
        ) : signedInEmail === invitation.email ? (
          <>
            <ActionButton action={acceptInvitationAction.bind(null, token)} label="Accept invitation" variant="primary" />
            <ActionButton action={declineInvitationAction.bind(null, token)} label="Decline" />
          </>
        ) : (
          <div className="flex flex-col gap-3">
            <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
              This invitation was sent to {invitation.email}; you are signed in as {signedInEmail}.
            </p>
            <ActionButton action={signOutToInvitationAction.bind(null, token)} label="Sign out" />
          </div>
        )}
      </div>
    </Card>
  )
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center bg-slate-50 px-4 py-16">
      <div className="w-full max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-slate-700 shadow-sm">
        <p className="mb-4 text-lg font-semibold text-indigo-600">Hitflow</p>
        <h1 className="mb-4 text-2xl font-semibold text-slate-900">{title}</h1>
        {children}
      </div>
    </main>
  )
}
