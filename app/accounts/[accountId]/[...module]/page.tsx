import { notFound } from "next/navigation"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { MODULES } from "@/lib/modules"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/[...module]">) {
  const { accountId, module: segments } = await params
  const definition = MODULES.find((candidate) => candidate.path === segments.join("/"))
  return { title: definition ? await accountPageTitle(accountId, definition.label) : "Page not found · Hitflow" }
}

// Every module of the role table that has no page of its own yet: a heading and an empty state.
export default async function ModulePage({ params }: PageProps<"/accounts/[accountId]/[...module]">) {
  const { accountId, module: segments } = await params
  const definition = MODULES.find((candidate) => candidate.path === segments.join("/"))
  if (!definition) notFound()
  await requirePageAccess(accountId, definition.path)
  return (
    <section>
      <h1 className="text-2xl font-semibold text-slate-900">{definition.label}</h1>
      <div className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
        {definition.emptyState}
      </div>
    </section>
  )
}
