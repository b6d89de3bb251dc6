import "server-only"
import { decide, findAccessForSession, forbiddenMessage, TWO_FACTOR_REQUIRED_MESSAGE, type AccountAccess } from "@/lib/access/check"
import { currentViewer } from "@/lib/auth/auth"
import type { Role } from "@/lib/generated/prisma/enums"
import type { ModulePath } from "@/lib/modules"
import { countAccessDecision } from "@/lib/observability/metrics"

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
    return { ok: false, message: "Your session has ended. Sign in again." }
  }
  const decision = decide(found.access, modulePath)
  countAccessDecision("server_action", decision.kind)
  switch (decision.kind) {
    case "allow":
      return { ok: true, actor: { userId: viewer.userId, access: decision.access } }
    case "not-found":
      return { ok: false, message: "This account does not exist, or you do not have access to it." }
    case "deactivated":
      return { ok: false, message: "Your access to this account is deactivated." }
    case "two-factor-required":
      return { ok: false, message: TWO_FACTOR_REQUIRED_MESSAGE }
    case "forbidden":
      return { ok: false, message: forbiddenMessage(decision.module) }
  }
}
