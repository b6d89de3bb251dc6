import Link from "next/link"
import { ActionButton } from "@/components/action-button"
import { PageFrame } from "@/components/page-frame"
import { Refusal } from "@/components/refusal"
import { RoleExplained } from "@/components/role-explained"
import { currentUserEmail } from "@/lib/auth/auth"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { findInvitationByToken, type InvitationState } from "@/lib/invitations/lookup"
import { INVITATION_LIFETIME_HOURS } from "@/lib/invitations/policy"
import { acceptInvitationAction, declineInvitationAction, signOutToInvitationAction } from "@/lib/invitations/actions"

export const metadata = { title: "Invitation · Hitflow" }

const invalid = {
  title: "This invitation link is not valid",
  message:
    "It may be incomplete, or it was replaced by a newer invitation. Check the link in your most recent email, or ask the person who invited you to send it again.",
}

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
  const reader = await requestPreferences()
  const here = `/invitations/${token}`
  const ways = signedInEmail ? [{ href: "/", label: "Go to your accounts" }] : [{ href: "/sign-in", label: "Sign in" }]

  if (!invitation || invitation.state !== "pending") {
    const { title, message } = invitation ? closed[invitation.state as Exclude<InvitationState, "pending">] : invalid
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
      <h1 className="text-2xl font-semibold text-slate-900">{`Join ${invitation.accountName} on Hitflow`}</h1>
      <p className="mt-4 text-slate-700">
        <strong>{invitation.inviterName}</strong> invited <strong>{invitation.email}</strong> to the account <strong>{invitation.accountName}</strong>{" "}
        with these roles:
      </p>
      <ul className="mt-3 space-y-1 text-sm">
        {invitation.roles.map((role) => (
          <li key={role}>
            <RoleExplained role={role} />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-600">Valid until {formatDateTime(invitation.expiresAt, reader)}.</p>

      <div className="mt-6 flex flex-wrap gap-3">
        {!signedInEmail ? (
          <>
            <Link href={`/sign-up?invitation=${token}`} className="button-primary">
              Create account
            </Link>
            <Link href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`} className="button-secondary">
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
            <div>
              <ActionButton action={signOutToInvitationAction.bind(null, token)} label="Use the invited email" />
            </div>
          </div>
        )}
      </div>
    </PageFrame>
  )
}
