import { getTranslations } from "next-intl/server"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { pendingTransfer, transferCandidates } from "@/lib/ownership/transfer"
import { requirementView } from "@/lib/two-factor/requirement"
import { RequirementForm } from "./requirement-form"
import { TransferOwnership } from "./transfer-ownership"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/accounts">) {
  const modules = await getTranslations("modules")
  return { title: await accountPageTitle((await params).accountId, modules("settings/accounts")) }
}

export default async function AccountSettingsPage({ params }: PageProps<"/accounts/[accountId]/settings/accounts">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "settings/accounts")
  const reader = await requestPreferences()
  const t = await getTranslations("accountSettings")
  const modules = await getTranslations("modules")
  const isOwner = access.grant.isOwner
  const [requirement, candidates, pending] = await Promise.all([
    requirementView(accountId),
    isOwner ? transferCandidates(accountId) : [],
    isOwner ? pendingTransfer(accountId) : null,
  ])
  return (
    <section className="max-w-3xl">
      <h1 className="text-2xl font-semibold text-slate-900">{modules("settings/accounts")}</h1>
      <section aria-labelledby="requirement-heading" className="mt-8 rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="requirement-heading" className="text-lg font-semibold text-slate-900">
          {t("requirementHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("requirementIntro", { account: access.accountName })}</p>
        {access.grant.isOwner ? (
          <RequirementForm accountId={accountId} {...requirement} />
        ) : (
          <p className="mt-4 text-sm text-slate-800">
            {requirement.required ? t("required") : t("notRequired")} {t("onlyOwnerChanges")}
          </p>
        )}
      </section>
      <section aria-labelledby="transfer-heading" className="mt-8 rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="transfer-heading" className="text-lg font-semibold text-slate-900">
          {t("transferHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("transferIntro", { account: access.accountName })}</p>
        {isOwner ? (
          <TransferOwnership
            accountId={accountId}
            candidates={candidates}
            pending={pending && { toName: pending.toName, toEmail: pending.toEmail, expires: formatDateTime(pending.expiresAt, reader) }}
          />
        ) : (
          <p className="mt-4 text-sm text-slate-800">{t("onlyOwnerTransfers")}</p>
        )}
      </section>
    </section>
  )
}
