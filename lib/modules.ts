// The role → module table: the single source read by proxy.ts, the navigation, the pages and the server actions.
import type { Role } from "@/lib/generated/prisma/enums"

export const ROLES = ["TECHNICAL", "ADMIN", "BILLING"] as const satisfies readonly Role[]


export type ModuleDefinition = {
  /** Path under /accounts/{accountId}/ */
  path: string
  label: string
  section: "monitoring" | "settings"
  grantedBy: Role
}

export const MODULES = [
  { path: "dashboard", label: "Dashboard", section: "monitoring", grantedBy: "TECHNICAL" },
  { path: "availability", label: "Availability", section: "monitoring", grantedBy: "TECHNICAL" },
  { path: "ssl-certificates", label: "SSL Certificates", section: "monitoring", grantedBy: "TECHNICAL" },
  { path: "domain-names", label: "Domain names", section: "monitoring", grantedBy: "TECHNICAL" },
  { path: "servers", label: "Servers", section: "monitoring", grantedBy: "TECHNICAL" },
  { path: "status-pages", label: "Status Pages", section: "monitoring", grantedBy: "TECHNICAL" },
  { path: "maintenance", label: "Maintenance", section: "monitoring", grantedBy: "TECHNICAL" },
  { path: "contacts", label: "Contacts", section: "monitoring", grantedBy: "ADMIN" },
  { path: "reports", label: "Reports", section: "monitoring", grantedBy: "ADMIN" },
  { path: "settings/accounts", label: "Accounts", section: "settings", grantedBy: "ADMIN" },
  { path: "settings/users", label: "Users", section: "settings", grantedBy: "ADMIN" },
  { path: "settings/apis", label: "APIs", section: "settings", grantedBy: "ADMIN" },
  { path: "settings/offers", label: "Offers", section: "settings", grantedBy: "BILLING" },
  { path: "settings/billing", label: "Billing", section: "settings", grantedBy: "BILLING" },
] as const satisfies readonly ModuleDefinition[]

export type ModulePath = (typeof MODULES)[number]["path"]

/** What a person holds in an account: the owner holds everything; a member holds their roles. */
export type Grant = { isOwner: true } | { isOwner: false; roles: readonly Role[] }

export function holdsRole(grant: Grant, role: Role): boolean {
  return grant.isOwner || grant.roles.includes(role)
}

/**
 * What a person holds when acting through an API key with `keyRoles`: the key's roles they still hold, and never the
 * owner's standing (an owner's key holds only the roles chosen for it).
 */
export function boundByKey(grant: Grant, keyRoles: readonly Role[]): Grant {
  return { isOwner: false, roles: ROLES.filter((role) => keyRoles.includes(role) && holdsRole(grant, role)) }
}

/** Each role once, in the table's order, however a form listed them. */
export function distinctRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role))
}

/** The roles among `roles` that `grant` does not hold: nobody grants or removes a role they lack. */
export function rolesNotHeld(grant: Grant, roles: readonly Role[]): Role[] {
  return roles.filter((role) => !holdsRole(grant, role))
}

export function canOpen(grant: Grant, module: ModuleDefinition): boolean {
  return holdsRole(grant, module.grantedBy)
}

/** The module where access is managed (invite, edit roles, disable, delete): whoever may open it manages access. */
export const ACCESS_MODULE = "settings/users" satisfies ModulePath

/**
 * The roles a person can give others or take from them: every role they hold, if they manage access at all (an
 * owner holds every role), and none for someone without access (null: disabled, removed, never a member).
 */
export function grantableRoles(grant: Grant | null): Role[] {
  if (!grant || !canOpen(grant, moduleForPath(ACCESS_MODULE)!)) return []
  return ROLES.filter((role) => holdsRole(grant, role))
}

export function openableModules(grant: Grant): ModuleDefinition[] {
  return MODULES.filter((module) => canOpen(grant, module))
}

/** The modules a role opens, by path (their names are in the catalogs), in the table's order: how forms explain a role. */
export function modulesOpenedBy(role: Role): ModulePath[] {
  return MODULES.filter((module) => module.grantedBy === role).map((module) => module.path)
}

/** The module a path under /accounts/{id}/ belongs to (its longest matching prefix), if any. */
export function moduleForPath(subPath: string): ModuleDefinition | undefined {
  const clean = subPath.replace(/^\/+|\/+$/g, "")
  return MODULES.find((module) => clean === module.path || clean.startsWith(`${module.path}/`))
}
