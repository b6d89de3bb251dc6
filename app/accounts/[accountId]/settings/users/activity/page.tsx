import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { activityWriter, listActivity } from "@/lib/members/activity"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { pageFromQuery } from "@/lib/pagination"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/users/activity">) {
  const t = await getTranslations("activity")
  return { title: await accountPageTitle((await params).accountId, t("title")) }
}

export default async function ActivityPage({ params, searchParams }: PageProps<"/accounts/[accountId]/settings/users/activity">) {
  const { accountId } = await params
  await requirePageAccess(accountId, "settings/users/activity")
  const page = pageFromQuery((await searchParams).page)
  const { events, pageCount } = await listActivity(accountId, page)
  const reader = await requestPreferences()
  const t = await getTranslations("activity")
  const describe = activityWriter(reader.locale)
  const base = `/accounts/${accountId}/settings/users/activity`

  return (
    <section className="max-w-4xl">
      <Link href={`/accounts/${accountId}/settings/users`} className="text-sm text-indigo-700 hover:underline">
        {t("backToUsers")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      {events.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600">{t("nothingYet")}</p>
      ) : (
        <ol className="mt-6 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" aria-label={t("title")}>
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-2 px-4 py-3 text-sm">
              <span>{describe(event)}</span>
              <time dateTime={event.createdAt.toISOString()} className="text-slate-600">
                {formatDateTime(event.createdAt, reader)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t("pages")} className="mt-3 flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={`${base}?page=${page - 1}`}>{t("newer")}</Link> : null}
          <span className="text-slate-600">{t("pageOf", { page, pageCount })}</span>
          {page < pageCount ? <Link href={`${base}?page=${page + 1}`}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </section>
  )
}
