"use client"

import { useFormatter, useTranslations } from "next-intl"
import type { Role } from "@/lib/generated/prisma/enums"
import { modulesOpenedBy } from "@/lib/modules"

// Client and server components both explain roles: these are client components, so their words reach the browser.

/** A role by name, then the modules it opens (from the role table): "Billing (opens Offers and Billing)". */
export function RoleExplained({ role }: { role: Role }) {
  const catalog = useTranslations()
  const modules = useModulesOpenedBy(role)
  return (
    <>
      <strong>{catalog(`roles.${role}`)}</strong> <span className="text-slate-600">{catalog("common.opensAside", { modules })}</span>
    </>
  )
}

/** What a role opens, as a sentence: "Opens Offers and Billing." */
export function RoleOpens({ role }: { role: Role }) {
  const t = useTranslations("common")
  return t("opens", { modules: useModulesOpenedBy(role) })
}

function useModulesOpenedBy(role: Role): string {
  const catalog = useTranslations()
  const format = useFormatter()
  return format.list(
    modulesOpenedBy(role).map((path) => catalog(`modules.${path}`)),
    { style: "long", type: "conjunction" },
  )
}
