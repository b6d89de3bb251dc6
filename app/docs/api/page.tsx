import Link from "next/link"
import { PageFrame } from "@/components/page-frame"
import { openApiDocument } from "@/lib/api/openapi"

export const metadata = { title: "API reference · Hitflow" }

type Operation = { summary?: string; parameters?: { name: string; in: string; description?: string }[]; responses?: Record<string, { description?: string }> }
const METHODS = ["get", "post", "patch", "delete"] as const

/** The API's reference, read from its OpenAPI document (/api/v1/openapi.json), for people. */
export default function ApiReference() {
  const document = openApiDocument()
  const paths = Object.entries(document.paths ?? {}) as [string, Partial<Record<(typeof METHODS)[number], Operation>>][]
  return (
    <PageFrame>
      <h1 className="text-2xl font-semibold text-slate-900">Hitflow API</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{document.info.description}</p>
      <p className="mt-3 text-sm text-slate-700">
        Base URL <code className="rounded bg-slate-100 px-1">/api/v1</code>. Errors are <code className="rounded bg-slate-100 px-1">{`{ "error": { "code", "message", "field"? } }`}</code>.
        Lists take <code className="rounded bg-slate-100 px-1">?limit=&amp;cursor=</code> and give <code className="rounded bg-slate-100 px-1">next_cursor</code>. The
        machine-readable document:{" "}
        <Link href="/api/v1/openapi.json" className="font-medium text-indigo-700 underline">
          openapi.json
        </Link>
        .
      </p>
      {paths.flatMap(([path, item]) =>
        METHODS.filter((method) => item[method]).map((method) => {
          const operation = item[method]!
          return (
            <section key={`${method} ${path}`} aria-label={`${method.toUpperCase()} ${path}`} className="mt-8 rounded-xl border border-slate-200 bg-white p-5">
              <h2 className="font-mono text-sm font-semibold text-slate-900">
                <span className="mr-2 rounded bg-indigo-50 px-1.5 py-0.5 text-indigo-800">{method.toUpperCase()}</span>
                {path}
              </h2>
              <p className="mt-2 text-slate-800">{operation.summary}</p>
              {operation.parameters?.length ? (
                <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
                  {operation.parameters.map((parameter) => (
                    <li key={`${parameter.in}-${parameter.name}`}>
                      <code>{parameter.name}</code> ({parameter.in}){parameter.description ? `: ${parameter.description}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              <ul className="mt-2 text-sm text-slate-700">
                {Object.entries(operation.responses ?? {}).map(([status, response]) => (
                  <li key={status}>
                    <strong>{status}</strong> {response.description}
                  </li>
                ))}
              </ul>
            </section>
          )
        }),
      )}
    </PageFrame>
  )
}
