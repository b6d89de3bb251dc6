import { useTranslations } from "next-intl"
import type { Role } from "@/lib/generated/prisma/enums"

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const roleName = useTranslations("roles")
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <span key={role} className="badge">
          {roleName(role)}
        </span>
      ))}
    </span>
  )
}
