import "server-only"
import { decide, findAccessForSession, type AccountAccess } from "@/lib/access/check"
import { currentViewer } from "@/lib/auth/auth"
import type { Role } from "@/lib/generated/prisma/enums"
import type { ModulePath } from "@/lib/modules"
import { countAccessDecision } from "@/lib/observability/metrics"
import { requestTranslator } from "@/lib/i18n/request-locale"

/**
 * Who acts in an account: a person and what they hold there. Through an API key, also the key, whose roles bound
 * what the person holds (lib/modules.ts boundByKey) wherever the change is judged.
 */
export type Actor = { userId: string; access: AccountAccess; apiKey?: { id: string; roles: readonly Role[] } }
export type ActionAccess = { ok: true; actor: Actor } | { ok: false; message: string }

/**
 * Server actions authorize again on the server (the proxy is not the only wall): the signed-in user must be able
 * to open `modulePath` in `accountId` right now, by the same rule and role table as the proxy.
 */
export async function authorizeAction(accountId: string, modulePath: ModulePath): Promise<ActionAccess> {
  const viewer = await currentViewer()
  const found = viewer ? await findAccessForSession(viewer, accountId) : "signed-out"
  if (!viewer || found === "signed-out") {
    countAccessDecision("server_action", "signed-out")
    return { ok: false, message: (await requestTranslator("errors"))("sessionEnded") }
  }
  const decision = decide(found.access, modulePath)
  countAccessDecision("server_action", decision.kind)
  if (decision.kind === "allow") return { ok: true, actor: { userId: viewer.userId, access: decision.access } }
  const t = await requestTranslator("errors")
  switch (decision.kind) {
    case "not-found":
      return { ok: false, message: t("accountNotFound") }
    case "deactivated":
      return { ok: false, message: t("accessDeactivated") }
    case "two-factor-required":
      return { ok: false, message: t("twoFactorRequired") }
    case "forbidden": {
      const [modules, roles] = await Promise.all([requestTranslator("modules"), requestTranslator("roles")])
      return { ok: false, message: t("forbidden", { module: modules(decision.module.path as ModulePath), role: roles(decision.module.grantedBy) }) }
    }
  }
}
