import Link from "next/link"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { listEndpoints } from "@/lib/webhooks/endpoints"
import { EVENT_TYPES } from "@/lib/webhooks/events"
import { AddEndpointForm } from "./add-endpoint-form"
import { EndpointCard } from "./endpoint-card"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/settings/apis/webhooks">) {
  return { title: await accountPageTitle((await params).accountId, "Webhooks") }
}

export default async function WebhooksPage({ params }: PageProps<"/accounts/[accountId]/settings/apis/webhooks">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "settings/apis")
  const endpoints = await listEndpoints(accountId)
  const reader = await requestPreferences()
  return (
    <section className="max-w-4xl">
      <p className="text-sm">
        <Link href={`/accounts/${accountId}/settings/apis`} className="font-medium text-indigo-700 hover:underline">
          APIs
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">Webhooks</h1>
      <p className="mt-2 max-w-2xl text-sm text-slate-600">
        Hitflow POSTs each change of access to {access.accountName} (invitations, members, API keys) to your endpoints, signed by the Standard Webhooks
        specification, so any of its libraries verifies them. Failed deliveries are retried for about a day; the <code>webhook-id</code> stays the same.
      </p>
      <AddEndpointForm accountId={accountId} eventTypes={[...EVENT_TYPES]} />
      <section aria-labelledby="endpoints-heading" className="mt-10">
        <h2 id="endpoints-heading" tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Endpoints
        </h2>
        {endpoints.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No endpoints yet.</p>
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
                  events: endpoint.events.length === 0 ? "Every event" : endpoint.events.join(", "),
                  state: endpoint.disabledAt ? (endpoint.disabledReason === "failing" ? "Disabled after 3 days of failures" : "Disabled") : endpoint.failingSince ? `Failing since ${formatDateTime(endpoint.failingSince, reader)}` : "Active",
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
