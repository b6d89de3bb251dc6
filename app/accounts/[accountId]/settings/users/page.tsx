import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { grantableRoles } from "@/lib/modules"
import { listOpenInvitations } from "@/lib/invitations/open"
import { listMembers } from "@/lib/members/list"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { pageFromQuery } from "@/lib/pagination"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { InviteForm } from "./invite-form"
import { MemberList } from "./member-list"
import { PendingInvitations } from "./pending-invitations"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/users">) {
  const t = await getTranslations("users")
  return { title: await accountPageTitle((await params).accountId, t("title")) }
}

export default async function UsersPage({ params, searchParams }: PageProps<"/accounts/[accountId]/settings/users">) {
  const { accountId } = await params
  const { userId, access } = await requirePageAccess(accountId, "settings/users")
  const page = pageFromQuery((await searchParams).page)
  const [members, pending, reader] = await Promise.all([listMembers(accountId, page), listOpenInvitations(accountId), requestPreferences()])
  const t = await getTranslations("users")

  return (
    <section className="max-w-4xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <Link href={`/accounts/${accountId}/settings/users/activity`} className="text-sm font-medium text-indigo-700 hover:underline">
          {t("activity")}
        </Link>
      </div>
      <InviteForm accountId={accountId} grantableRoles={grantableRoles(access.grant)} />
      <PendingInvitations accountId={accountId} reader={reader} grantableRoles={grantableRoles(access.grant)} {...pending} />
      <MemberList accountId={accountId} reader={reader} page={page} viewerId={userId} grantableRoles={grantableRoles(access.grant)} {...members} />
    </section>
  )
}
