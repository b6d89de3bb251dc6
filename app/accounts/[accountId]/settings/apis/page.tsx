import Link from "next/link"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { listApiKeys } from "@/lib/api/manage"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { ROLES, holdsRole } from "@/lib/modules"
import { CreateKeyForm } from "./create-key-form"
import { KeyList } from "./key-list"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/apis">) {
  return { title: await accountPageTitle((await params).accountId, "APIs") }
}

export default async function ApisPage({ params }: PageProps<"/accounts/[accountId]/settings/apis">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "settings/apis")
  const keys = await listApiKeys(accountId)
  const reader = await requestPreferences()
  const heldRoles = ROLES.filter((role) => holdsRole(access.grant, role))
  const never = "never"
  return (
    <section className="max-w-4xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold text-slate-900">APIs</h1>
        <div className="flex gap-4">
          <Link href={`/accounts/${accountId}/settings/apis/webhooks`} className="text-sm font-medium text-indigo-700 hover:underline">
            Webhooks
          </Link>
          <Link href="/docs/api" className="text-sm font-medium text-indigo-700 hover:underline">
            API reference
          </Link>
        </div>
      </div>
      <p className="mt-2 max-w-2xl text-sm text-slate-600">
        Keys let your tools manage who has access to {access.accountName}: members, invitations and activity, through the REST API. A key acts with
        the roles you give it, never beyond what its creator holds at the moment of each request.
      </p>
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
