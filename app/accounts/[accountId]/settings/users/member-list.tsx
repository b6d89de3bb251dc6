import Link from "next/link"
import { formatDate } from "@/lib/format"
import type { Role } from "@/lib/generated/prisma/enums"
import type { listMembers } from "@/lib/members/list"
import { MemberTable } from "./member-table"

type Props = {
  accountId: string
  page: number
  viewerId: string
  grantableRoles: readonly Role[]
} & Awaited<ReturnType<typeof listMembers>>

export function MemberList({ accountId, page, viewerId, grantableRoles, owner, ownerSince, members, total, pageCount }: Props) {
  return (
    <div className="mt-10">
      <h2 className="text-lg font-semibold">Members</h2>
      <MemberTable
        accountId={accountId}
        grantableRoles={grantableRoles}
        rows={members.map((member) => ({
          id: member.id,
          name: member.user.name,
          email: member.user.email,
          roles: member.roles,
          status: member.status,
          since: formatDate(member.statusChangedAt),
          isViewer: member.user.id === viewerId,
        }))}
      >
        {page === 1 ? (
          <li className="row">
            <div className="min-w-0">
              <p className="truncate font-medium text-slate-900">{owner.name}</p>
              <p className="truncate text-sm text-slate-500">{owner.email}</p>
            </div>
            <div className="flex items-center gap-3 text-sm text-slate-500">
              <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700">Owner</span>
              <span>Since {formatDate(ownerSince)}</span>
              {owner.id === viewerId ? <span className="text-xs text-slate-400">You</span> : null}
            </div>
          </li>
        ) : null}
      </MemberTable>
      {pageCount > 1 ? (
        <nav aria-label="Member pages" className="mt-3 flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={`/accounts/${accountId}/settings/users?page=${page - 1}`}>Previous</Link> : null}
          <span className="text-slate-500">
            Page {page} of {pageCount} · {total} members
          </span>
          {page < pageCount ? <Link href={`/accounts/${accountId}/settings/users?page=${page + 1}`}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  )
}
