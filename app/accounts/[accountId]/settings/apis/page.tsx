import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { listApiKeys } from "@/lib/api/manage"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { ROLES, holdsRole } from "@/lib/modules"
import { CreateKeyForm } from "./create-key-form"
import { KeyList } from "./key-list"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/apis">) {
  const modules = await getTranslations("modules")
  return { title: await accountPageTitle((await params).accountId, modules("settings/apis")) }
}

export default async function ApisPage({ params }: PageProps<"/accounts/[accountId]/settings/apis">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "settings/apis")
  const keys = await listApiKeys(accountId)
  const reader = await requestPreferences()
  const heldRoles = ROLES.filter((role) => holdsRole(access.grant, role))
  const t = await getTranslations("apiKeys")
  const modules = await getTranslations("modules")
  const never = t("never")
  return (
    <section className="max-w-4xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold text-slate-900">{modules("settings/apis")}</h1>
        <div className="flex gap-4">
          <Link href={`/accounts/${accountId}/settings/apis/webhooks`} className="text-sm font-medium text-indigo-700 hover:underline">
            {t("webhooks")}
          </Link>
          <Link href="/docs/api" className="text-sm font-medium text-indigo-700 hover:underline">
            {t("reference")}
          </Link>
        </div>
      </div>
      <p className="mt-2 max-w-2xl text-sm text-slate-600">{t("intro", { account: access.accountName })}</p>
      <CreateKeyForm accountId={accountId} grantableRoles={heldRoles} />
      <KeyList
        accountId={accountId}
        keys={keys.map((key) => ({
          id: key.id,
          name: key.name,
          prefix: key.prefix,
          roles: key.roles,
          creator: key.createdBy.name,
          created: formatDateTime(key.createdAt, reader),
          lastUsed: key.lastUsedAt ? formatDateTime(key.lastUsedAt, reader) : never,
          expires: key.expiresAt ? formatDateTime(key.expiresAt, reader) : never,
          state: key.revokedAt ? "revoked" : key.expiresAt && key.expiresAt <= new Date() ? "expired" : "active",
          revocable: !key.revokedAt && key.roles.every((role) => holdsRole(access.grant, role)),
        }))}
      />
    </section>
  )
}
