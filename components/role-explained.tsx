import type { Role } from "@/lib/generated/prisma/enums"
import { modulesOpenedBy, ROLE_LABELS } from "@/lib/modules"

/** A role by name, then the modules it opens (from the role table): "Billing (opens Offers and Billing)". */
export function RoleExplained({ role }: { role: Role }) {
  return (
    <>
      <strong>{ROLE_LABELS[role]}</strong> <span className="text-slate-600">(opens {listOf(modulesOpenedBy(role))})</span>
    </>
  )
}

export function roleDescription(role: Role): string {
  return `Opens ${listOf(modulesOpenedBy(role))}.`
}

function listOf(items: string[]): string {
  return new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(items)
}
