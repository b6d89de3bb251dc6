import Link from "next/link"
import { holdsRole, ROLES } from "@/lib/modules"
import { listMembers, listPendingInvitations } from "@/lib/members/list"
import { requirePageAccess } from "@/lib/page-access"
import { InviteForm } from "./invite-form"
import { MemberList } from "./member-list"
import { PendingInvitations } from "./pending-invitations"

export const metadata = { title: "Users · Hitflow" }

export default async function UsersPage({ params, searchParams }: PageProps<"/accounts/[accountId]/settings/users">) {
  const { accountId } = await params
  const { userId, access } = await requirePageAccess(accountId, "settings/users")
  const requestedPage = Number((await searchParams).page ?? 1)
  const page = Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1
  const [members, pending] = await Promise.all([listMembers(accountId, page), listPendingInvitations(accountId)])
  const grantableRoles = ROLES.filter((role) => holdsRole(access.grant, role))

  return (
    <section className="max-w-4xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold text-slate-900">Users</h1>
        <Link href={`/accounts/${accountId}/settings/users/activity`} className="text-sm font-medium text-indigo-600 hover:underline">
          Activity
        </Link>
      </div>
      <InviteForm accountId={accountId} grantableRoles={grantableRoles} />
      <PendingInvitations accountId={accountId} {...pending} />
      <MemberList accountId={accountId} page={page} viewerId={userId} grantableRoles={grantableRoles} {...members} />
    </section>
  )
}
