import Link from "next/link"
import { RoleBadges } from "@/components/role-badges"
import { formatDate } from "@/lib/format"
import type { Role } from "@/lib/generated/prisma/enums"
import type { listMembers } from "@/lib/members/list"
import { MemberControls } from "./member-controls"

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
      <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" aria-label="Members">
        {page === 1 ? (
          <li className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
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
        {members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="truncate font-medium text-slate-900">{member.user.name}</p>
              <p className="truncate text-sm text-slate-500">{member.user.email}</p>
            </div>
            <div className="flex flex-wrap items-center gap-3 text-sm text-slate-500">
              <RoleBadges roles={member.roles} />
              {member.status === "ACTIVE" ? (
                <span className="text-emerald-700">Active since {formatDate(member.statusChangedAt)}</span>
              ) : (
                <span className="font-medium text-amber-700">Deactivated since {formatDate(member.statusChangedAt)}</span>
              )}
            </div>
            {member.user.id === viewerId ? (
              <span className="text-xs text-slate-400">You</span>
            ) : (
              <MemberControls
                accountId={accountId}
                membershipId={member.id}
                memberName={member.user.name}
                roles={member.roles}
                status={member.status}
                grantableRoles={grantableRoles}
              />
            )}
          </li>
        ))}
      </ul>
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
