import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { accountPageTitle, requirePageAccess } from "@/lib/access/page-access"
import { MODULES } from "@/lib/modules"

export async function generateMetadata({ params }: PageProps<"/accounts/[accountId]/[...module]">) {
  const { accountId, module: segments } = await params
  const definition = MODULES.find((candidate) => candidate.path === segments.join("/"))
  const t = await getTranslations()
  return { title: definition ? await accountPageTitle(accountId, t(`modules.${definition.path}`)) : t("notFound.metaTitle") }
}

// Every module of the role table that has no page of its own yet: a heading and an empty state.
export default async function ModulePage({ params }: PageProps<"/accounts/[accountId]/[...module]">) {
  const { accountId, module: segments } = await params
  const definition = MODULES.find((candidate) => candidate.path === segments.join("/"))
  if (!definition) notFound()
  await requirePageAccess(accountId, definition.path)
  const t = await getTranslations()
  return (
    <section>
      <h1 className="text-2xl font-semibold text-slate-900">{t(`modules.${definition.path}`)}</h1>
      <div className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
        {t(`emptyStates.${definition.path}`)}
      </div>
    </section>
  )
}
