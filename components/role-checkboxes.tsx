import { useTranslations } from "next-intl"
import type { Role } from "@/lib/generated/prisma/enums"
import { ROLES } from "@/lib/modules"
import { RoleOpens } from "./role-explained"

type Props = {
  /** Keeps the ids of two such groups on one page apart. */
  idPrefix: string
  /** The roles the person may give: the others are shown, disabled. */
  grantableRoles: readonly Role[]
  /** The roles checked when the form was last sent (a refusal keeps them), else undefined. */
  checked: string[] | undefined
  /** What is checked on a fresh form. */
  checkedByDefault: (role: Role) => boolean
  error?: string
  /** A line under the roles, e.g. why some are disabled. */
  note?: string
}

/** The Roles of a form (inviting people, an API key): each role with the modules it opens; only those one holds. */
export function RoleCheckboxes({ idPrefix, grantableRoles, checked, checkedByDefault, error, note }: Props) {
  const errorId = `${idPrefix}-roles-error`
  const common = useTranslations("common")
  const roleName = useTranslations("roles")
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-700">{common("roles")}</legend>
      <div className="mt-2 flex flex-col gap-2">
        {ROLES.map((role) => {
          const grantable = grantableRoles.includes(role)
          const id = `${idPrefix}-role-${role}`
          return (
            <div key={role} className="flex items-start gap-2">
              <input
                key={`${role}-${checked?.join() ?? "default"}`}
                id={id}
                type="checkbox"
                name="roles"
                value={role}
                defaultChecked={grantable && (checked ? checked.includes(role) : checkedByDefault(role))}
                disabled={!grantable}
                aria-describedby={`${id}-opens`}
                className="mt-1"
              />
              <div>
                <label htmlFor={id} className={`text-sm font-medium ${grantable ? "text-slate-900" : "text-slate-600"}`}>
                  {roleName(role)}
                </label>
                <p id={`${id}-opens`} className="text-xs text-slate-600">
                  <RoleOpens role={role} />
                </p>
              </div>
            </div>
          )
        })}
      </div>
      {note ? <p className="mt-2 text-xs text-slate-600">{note}</p> : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
