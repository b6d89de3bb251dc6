import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { isUuid } from "@/lib/access/check"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { db } from "@/lib/db"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { deliveryLog } from "@/lib/webhooks/endpoints"
import { ResendButton } from "./resend-button"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/apis/webhooks/[endpointId]">) {
  const t = await getTranslations("webhooks")
  return { title: await accountPageTitle((await params).accountId, t("deliveryLog")) }
}

/** An endpoint's delivery log: each event sent, every attempt's status, duration and the first 1 KB of the answer. */
export default async function DeliveryLogPage({ params }: PageProps<"/accounts/[accountId]/settings/apis/webhooks/[endpointId]">) {
  const { accountId, endpointId } = await params
  await requirePageAccess(accountId, "settings/apis")
  const endpoint = isUuid(endpointId) ? await db.webhookEndpoint.findFirst({ where: { id: endpointId, accountId }, select: { url: true } }) : null
  if (!endpoint) notFound()
  const deliveries = await deliveryLog(accountId, endpointId)
  const reader = await requestPreferences()
  const t = await getTranslations("webhooks")
  const statusOf = (delivery: (typeof deliveries)[number]) => {
    if (delivery.status === "SENT") return t("delivered")
    if (delivery.status === "FAILED") return t("failedAfter", { count: delivery.attempts })
    return delivery.attempts > 0 ? t("retryingAt", { date: formatDateTime(delivery.nextAttemptAt, reader) }) : t("waiting")
  }
  return (
    <section className="max-w-4xl">
      <p className="text-sm">
        <Link href={`/accounts/${accountId}/settings/apis/webhooks`} className="font-medium text-indigo-700 hover:underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">{t("deliveryLog")}</h1>
      <p className="mt-1 break-all font-mono text-sm text-slate-700">{endpoint.url}</p>
      {deliveries.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600">{t("nothingSent")}</p>
      ) : (
        <ul aria-label={t("deliveries")} className="mt-6 flex flex-col gap-3">
          {deliveries.map((delivery) => (
            <li key={delivery.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-mono text-sm font-medium text-slate-900">{delivery.eventType}</p>
                <p className={`text-xs ${delivery.status === "SENT" ? "text-emerald-800" : "status-warning"}`}>
                  {statusOf(delivery)}
                </p>
              </div>
              <p className="text-xs text-slate-600">{t("createdAt", { date: formatDateTime(delivery.createdAt, reader) })}</p>
              {delivery.attemptLog.length > 0 ? (
                <ul aria-label={t("attemptsOf", { event: delivery.eventType })} className="mt-2 flex flex-col gap-1 text-xs text-slate-700">
                  {delivery.attemptLog.map((attempt) => (
                    <li key={attempt.id}>
                      {t("attempt", {
                        date: formatDateTime(attempt.createdAt, reader),
                        result: attempt.statusCode === null ? (attempt.error ?? t("noAnswer")) : t("http", { status: String(attempt.statusCode) }),
                        ms: String(attempt.durationMs),
                      })}
                      {attempt.response ? <code className="mt-0.5 block max-h-16 overflow-hidden break-all rounded bg-slate-50 px-1 font-mono">{attempt.response}</code> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {delivery.status === "FAILED" ? <ResendButton accountId={accountId} deliveryId={delivery.id} eventType={delivery.eventType} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
