import type { Role } from "@/lib/generated/prisma/enums"
import { ROLE_LABELS } from "@/lib/modules"

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <span key={role} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
          {ROLE_LABELS[role]}
        </span>
      ))}
    </span>
  )
}
