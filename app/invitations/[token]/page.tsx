import Link from "next/link"
import { getTranslations } from "next-intl/server"
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

export async function generateMetadata() {
  const t = await getTranslations("invitationPage")
  return { title: t("metaTitle") }
}

/** Why the link leads nowhere: its catalog entry under invitationPage.closed. */
type Closed = "invalid" | Exclude<InvitationState, "pending">

export default async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params
  const [invitation, signedInEmail, reader] = await Promise.all([findInvitationByToken(token), currentUserEmail(), requestPreferences()])
  const t = await getTranslations("invitationPage")
  const here = `/invitations/${token}`
  const ways = signedInEmail ? [{ href: "/", label: t("goToAccounts") }] : [{ href: "/sign-in", label: t("signIn") }]

  if (!invitation || invitation.state !== "pending") {
    const why: Closed = invitation ? (invitation.state as Closed) : "invalid"
    return (
      <PageFrame>
        <Refusal title={t(`closed.${why}.title`)} ways={ways}>
          <p>{t(`closed.${why}.message`, { hours: INVITATION_LIFETIME_HOURS })}</p>
        </Refusal>
      </PageFrame>
    )
  }

  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>
  return (
    <PageFrame>
      <h1 className="text-2xl font-semibold text-slate-900">{t("title", { account: invitation.accountName })}</h1>
      <p className="mt-4 text-slate-700">
        {t.rich("intro", { strong, inviter: invitation.inviterName, email: invitation.email, account: invitation.accountName })}
      </p>
      <ul className="mt-3 space-y-1 text-sm">
        {invitation.roles.map((role) => (
          <li key={role}>
            <RoleExplained role={role} />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-600">{t("validUntil", { date: formatDateTime(invitation.expiresAt, reader) })}</p>

      <div className="mt-6 flex flex-wrap gap-3">
        {!signedInEmail ? (
          <>
            <Link href={`/sign-up?invitation=${token}`} className="button-primary">
              {t("createAccount")}
            </Link>
            <Link href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`} className="button-secondary">
              {t("signIn")}
            </Link>
          </>
        ) : signedInEmail === invitation.email ? (
          <>
            <ActionButton action={acceptInvitationAction.bind(null, token)} label={t("accept")} variant="primary" />
            <ActionButton action={declineInvitationAction.bind(null, token)} label={t("decline")} />
          </>
        ) : (
          <div className="flex flex-col gap-3">
            <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
              {t("wrongUser", { invited: invitation.email, signedIn: signedInEmail })}
            </p>
            <div>
              <ActionButton action={signOutToInvitationAction.bind(null, token)} label={t("useInvitedEmail")} />
            </div>
          </div>
        )}
      </div>
    </PageFrame>
  )
}
