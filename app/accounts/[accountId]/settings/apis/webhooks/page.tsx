import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { listEndpoints } from "@/lib/webhooks/endpoints"
import { EVENT_TYPES } from "@/lib/webhooks/events"
import { AddEndpointForm } from "./add-endpoint-form"
import { EndpointCard } from "./endpoint-card"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/apis/webhooks">) {
  const t = await getTranslations("webhooks")
  return { title: await accountPageTitle((await params).accountId, t("title")) }
}

export default async function WebhooksPage({ params }: PageProps<"/accounts/[accountId]/settings/apis/webhooks">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "settings/apis")
  const endpoints = await listEndpoints(accountId)
  const reader = await requestPreferences()
  const t = await getTranslations("webhooks")
  const modules = await getTranslations("modules")
  const stateOf = (endpoint: (typeof endpoints)[number]) => {
    if (endpoint.disabledAt) return endpoint.disabledReason === "failing" ? t("disabledFailing") : t("disabled")
    return endpoint.failingSince ? t("failingSince", { date: formatDateTime(endpoint.failingSince, reader) }) : t("active")
  }
  return (
    <section className="max-w-4xl">
      <p className="text-sm">
        <Link href={`/accounts/${accountId}/settings/apis`} className="font-medium text-indigo-700 hover:underline">
          {modules("settings/apis")}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-sm text-slate-600">{t.rich("intro", { account: access.accountName, code: (chunks) => <code>{chunks}</code> })}</p>
      <AddEndpointForm accountId={accountId} eventTypes={[...EVENT_TYPES]} />
      <section aria-labelledby="endpoints-heading" className="mt-10">
        <h2 id="endpoints-heading" tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          {t("endpoints")}
        </h2>
        {endpoints.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{t("noEndpoints")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {endpoints.map((endpoint) => (
              <EndpointCard
                key={endpoint.id}
                accountId={accountId}
                endpoint={{
                  id: endpoint.id,
                  url: endpoint.url,
                  description: endpoint.description,
                  events: endpoint.events.length === 0 ? t("everyEvent") : endpoint.events.join(", "),
                  state: stateOf(endpoint),
                  healthy: !endpoint.disabledAt && !endpoint.failingSince,
                  enabled: !endpoint.disabledAt,
                  rotating: endpoint.previousSecretUntil && endpoint.previousSecretUntil > new Date() ? formatDateTime(endpoint.previousSecretUntil, reader) : null,
                }}
              />
            ))}
          </ul>
        )}
      </section>
    </section>
  )
}
