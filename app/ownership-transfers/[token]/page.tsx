import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ActionButton } from "@/components/action-button"
import { PageFrame } from "@/components/page-frame"
import { Refusal } from "@/components/refusal"
import { currentUserId } from "@/lib/auth/auth"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { acceptTransferAction } from "@/lib/ownership/actions"
import { TRANSFER_LIFETIME_HOURS } from "@/lib/ownership/policy"
import { findTransferByToken } from "@/lib/ownership/transfer"

export async function generateMetadata() {
  const t = await getTranslations("ownershipTransfer")
  return { title: t("metaTitle") }
}

/** The link mailed to the member offered an account: Accept ownership, signed in as themselves. */
export default async function OwnershipTransferPage({ params }: PageProps<"/ownership-transfers/[token]">) {
  const { token } = await params
  const [transfer, userId] = await Promise.all([findTransferByToken(token), currentUserId()])
  const reader = await requestPreferences()
  const t = await getTranslations("ownershipTransfer")
  const here = `/ownership-transfers/${token}`
  const ways = userId ? [{ href: "/", label: t("goToAccounts") }] : [{ href: "/sign-in", label: t("signIn") }]
  if (!transfer || transfer.state !== "pending") {
    // A closed transfer says why (expired, accepted, cancelled, replaced); a token matching nothing, that it is invalid.
    const why = transfer?.state ?? "invalid"
    return (
      <PageFrame>
        <Refusal title={t(`closed.${why}.title`)} ways={ways}>
          <p>{t(`closed.${why}.message`, { hours: TRANSFER_LIFETIME_HOURS })}</p>
        </Refusal>
      </PageFrame>
    )
  }
  return (
    <PageFrame>
      <h1 className="text-2xl font-semibold text-slate-900">{t("title", { account: transfer.accountName })}</h1>
      <p className="mt-4 text-slate-700">{t.rich("offer", { from: transfer.fromName, account: transfer.accountName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p className="mt-3 text-sm text-slate-600">{t("openUntil", { date: formatDateTime(transfer.expiresAt, reader) })}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        {!userId ? (
          <Link href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(transfer.toEmail)}`} className="button-primary">
            {t("signInToAccept")}
          </Link>
        ) : userId === transfer.toUserId ? (
          <ActionButton action={acceptTransferAction.bind(null, token)} label={t("accept")} variant="primary" />
        ) : (
          <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            {t("offeredToOther", { email: transfer.toEmail })}
          </p>
        )}
      </div>
    </PageFrame>
  )
}
