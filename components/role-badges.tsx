import type { Role } from "@/lib/generated/prisma/enums"
import { ROLE_LABELS } from "@/lib/modules"

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <span key={role} className="badge">
          {ROLE_LABELS[role]}
        </span>
      ))}
    </span>
  )
}
