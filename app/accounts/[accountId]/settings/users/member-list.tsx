import Link from "next/link"
import { useTranslations } from "next-intl"
import { formatDate, type Reader } from "@/lib/format"
import type { Role } from "@/lib/generated/prisma/enums"
import type { listMembers } from "@/lib/members/list"
import { MemberTable } from "./member-table"

type Props = {
  accountId: string
  page: number
  reader: Reader
  viewerId: string
  grantableRoles: readonly Role[]
} & Awaited<ReturnType<typeof listMembers>>

/** The account's people: its owner first (on the first page), then its members, 25 a page. */
export function MemberList({ accountId, page, reader, viewerId, grantableRoles, owner, ownerSince, members, total, pageCount, requireTwoFactor }: Props) {
  const t = useTranslations("members")
  const pageLink = (to: number) => `/accounts/${accountId}/settings/users?page=${to}`
  return (
    <section aria-labelledby="members-heading" className="mt-10">
      <h2 id="members-heading" tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {t("heading")}
      </h2>
      <MemberTable
        accountId={accountId}
        grantableRoles={grantableRoles}
        requireTwoFactor={requireTwoFactor}
        owner={page === 1 ? { name: owner.name, email: owner.email, since: formatDate(ownerSince, reader), isViewer: owner.id === viewerId, twoFactor: owner.twoFactor } : null}
        rows={members.map((member) => ({
          id: member.id,
          name: member.user.name,
          email: member.user.email,
          roles: member.roles,
          status: member.status,
          since: formatDate(member.statusChangedAt, reader),
          isViewer: member.user.id === viewerId,
          twoFactor: member.user.twoFactor,
        }))}
      />
      {pageCount > 1 ? (
        <nav aria-label={t("pages")} className="mt-3 flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={pageLink(page - 1)}>{t("previous")}</Link> : null}
          <span className="text-slate-600">{t("pageOf", { page, pageCount, total })}</span>
          {page < pageCount ? <Link href={pageLink(page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  )
}
