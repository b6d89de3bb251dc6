// Every server action and route handler of the app, with who may call it. lib/authorization-matrix.test.ts finds
// them all in the source and fails on any that is missing here, then tries each one with every kind of caller and
// target, expecting exactly what these rules and the role table (lib/modules.ts) allow.
import type { ModulePath } from "@/lib/modules"

export type CallerRule =
  /** authorizeAction(accountId, module): the account's owner, or an active member holding the module's role. */
  | { kind: "module"; module: ModulePath }
  /** Any live session; the caller acts only on their own memberships, or on invitations sent to their email. */
  | { kind: "signed-in" }
  /** Anyone, signed in or not: signing in, up and out, liveness. */
  | { kind: "public" }

type Registered = { file: string; caller: CallerRule }

export const SERVER_ACTIONS = {
  signUpAction: { file: "app/(auth)/actions.ts", caller: { kind: "public" } },
  signInAction: { file: "app/(auth)/actions.ts", caller: { kind: "public" } },
  switchAccountAction: { file: "app/accounts/account-actions.ts", caller: { kind: "signed-in" } },
  leaveAccountAction: { file: "app/accounts/account-actions.ts", caller: { kind: "signed-in" } },
  sendInvitationAction: { file: "app/accounts/[accountId]/settings/users/actions.ts", caller: { kind: "module", module: "settings/users" } },
  resendInvitationAction: { file: "app/accounts/[accountId]/settings/users/actions.ts", caller: { kind: "module", module: "settings/users" } },
  cancelInvitationAction: { file: "app/accounts/[accountId]/settings/users/actions.ts", caller: { kind: "module", module: "settings/users" } },
  changeRolesAction: { file: "app/accounts/[accountId]/settings/users/member-actions.ts", caller: { kind: "module", module: "settings/users" } },
  setMemberStatusAction: { file: "app/accounts/[accountId]/settings/users/member-actions.ts", caller: { kind: "module", module: "settings/users" } },
  removeMemberAction: { file: "app/accounts/[accountId]/settings/users/member-actions.ts", caller: { kind: "module", module: "settings/users" } },
  acceptInvitationAction: { file: "app/invitations/[token]/actions.ts", caller: { kind: "signed-in" } },
  declineInvitationAction: { file: "app/invitations/[token]/actions.ts", caller: { kind: "signed-in" } },
  signOutToInvitationAction: { file: "app/invitations/[token]/actions.ts", caller: { kind: "public" } },
  // Inline ("use server" inside the component), not exported.
  signOutAction: { file: "components/account-nav.tsx", caller: { kind: "public" } },
} as const satisfies Record<string, Registered>

export const ROUTE_HANDLERS = {
  "GET /api/accounts": { file: "app/api/accounts/route.ts", caller: { kind: "signed-in" } },
  "GET /api/health": { file: "app/api/health/route.ts", caller: { kind: "public" } },
  // Answers only where the server counts queries (HITFLOW_COUNT_QUERIES=1, the benchmark); a 404 elsewhere.
  "GET /api/bench/query-count": { file: "app/api/bench/query-count/route.ts", caller: { kind: "public" } },
  // Auth.js: CSRF token, session, sign-in (throttled in lib/auth.ts's authorize()), sign-out.
  "GET /api/auth/[...nextauth]": { file: "app/api/auth/[...nextauth]/route.ts", caller: { kind: "public" } },
  "POST /api/auth/[...nextauth]": { file: "app/api/auth/[...nextauth]/route.ts", caller: { kind: "public" } },
} as const satisfies Record<string, Registered>

export type ServerActionName = keyof typeof SERVER_ACTIONS
export type RouteHandlerName = keyof typeof ROUTE_HANDLERS
