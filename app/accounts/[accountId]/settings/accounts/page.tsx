import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { pendingTransfer, transferCandidates } from "@/lib/ownership/transfer"
import { requirementView } from "@/lib/two-factor/requirement"
import { RequirementForm } from "./requirement-form"
import { TransferOwnership } from "./transfer-ownership"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/accounts">) {
  return { title: await accountPageTitle((await params).accountId, "Accounts") }
}

export default async function AccountSettingsPage({ params }: PageProps<"/accounts/[accountId]/settings/accounts">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "settings/accounts")
  const reader = await requestPreferences()
  const isOwner = access.grant.isOwner
  const [requirement, candidates, pending] = await Promise.all([
    requirementView(accountId),
    isOwner ? transferCandidates(accountId) : [],
    isOwner ? pendingTransfer(accountId) : null,
  ])
  return (
    <section className="max-w-3xl">
      <h1 className="text-2xl font-semibold text-slate-900">Accounts</h1>
      <section aria-labelledby="requirement-heading" className="mt-8 rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="requirement-heading" className="text-lg font-semibold text-slate-900">
          Two-factor authentication
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          When it is required, nobody gets into {access.accountName} with a password alone: everyone with access also gives a code from an authenticator
          app. Members without it keep their roles but cannot open the account until they turn it on.
        </p>
        {access.grant.isOwner ? (
          <RequirementForm accountId={accountId} {...requirement} />
        ) : (
          <p className="mt-4 text-sm text-slate-800">
            {requirement.required ? "Required of everyone in this account." : "Not required."} Only the owner of the account can change this.
          </p>
        )}
      </section>
      <section aria-labelledby="transfer-heading" className="mt-8 rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="transfer-heading" className="text-lg font-semibold text-slate-900">
          Transfer ownership
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Hand {access.accountName} to one of its members. They accept from the mail we send them; then they are the owner, and you stay as a member
          holding every role.
        </p>
        {isOwner ? (
          <TransferOwnership
            accountId={accountId}
            candidates={candidates}
            pending={pending && { toName: pending.toName, toEmail: pending.toEmail, expires: formatDateTime(pending.expiresAt, reader) }}
          />
        ) : (
          <p className="mt-4 text-sm text-slate-800">Only the owner of the account can transfer it.</p>
        )}
      </section>
    </section>
  )
}
