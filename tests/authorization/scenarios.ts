// Test support for tests/authorization/matrix.test.ts: how to call each server action and route handler for one cell
// (an actor and a target), which targets its own rules allow, and how the database shows that it did its work.
import crypto from "node:crypto"
import { NextRequest } from "next/server"
import { resendConfirmationAction, signInAction, signUpAction } from "@/lib/auth/actions"
import { changePasswordAction, endOtherSessionsAction, endSessionAction, requestPasswordResetAction, resetPasswordAction } from "@/lib/identity/actions"
import { issueEmailToken } from "@/lib/identity/email-tokens"
import { GET as followConfirmationLink } from "@/app/confirm-email/[token]/route"
import { registerUser } from "@/lib/users/register"
import { switchAccountAction } from "@/lib/accounts/actions"
import { leaveAccountAction } from "@/lib/members/actions"
import { cancelInvitationAction, resendInvitationAction, sendInvitationAction } from "@/lib/invitations/actions"
import { changeRolesAction, removeMemberAction, setMemberStatusAction } from "@/lib/members/actions"
import { GET as listAccounts } from "@/app/api/accounts/route"
import { GET as health } from "@/app/api/health/route"
import { GET as metrics } from "@/app/api/metrics/route"
import { GET as ready } from "@/app/api/ready/route"
import { POST as signOut } from "@/app/sign-out/route"
import { acceptInvitationAction, declineInvitationAction, signOutToInvitationAction } from "@/lib/invitations/actions"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { newToken } from "@/lib/tokens"
import { MODULES, ROLES } from "@/lib/modules"
import type { ActionResult, CallerRule } from "@/lib/actions/server-action"
import { codeFor, TEST_PASSWORD, turnOnTwoFactor, uniqueEmail } from "@/tests/factories"
import { regenerateRecoveryCodesAction, setTwoFactorRequirementAction, setUpTwoFactorAction, turnOffTwoFactorAction, turnOnTwoFactorAction, verifySignInAction } from "@/lib/two-factor/actions"
import { openChallenge } from "@/lib/two-factor/challenge"
import { startSetup } from "@/lib/two-factor/personal"
import { acceptTransferAction, cancelTransferAction, offerTransferAction } from "@/lib/ownership/actions"
import { TRANSFER_LIFETIME_MS } from "@/lib/ownership/policy"
import { deleteUserAction } from "@/lib/leaving/actions"
import { GET as exportData } from "@/app/profile/export/route"
import { GET as openApi } from "@/app/api/v1/openapi.json/route"
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api/actions"
import { newApiKey } from "@/lib/api/keys"
import { createPerson } from "@/tests/factories"
import { seal } from "@/lib/secret-box"
import { newSigningSecret } from "@/lib/webhooks/sign"
import { EVENT_TYPES } from "@/lib/webhooks/events"
import {
  addWebhookEndpointAction,
  deleteWebhookEndpointAction,
  resendWebhookDeliveryAction,
  revealWebhookSecretAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookEndpointEnabledAction,
} from "@/lib/webhooks/actions"
import { chooseLanguageAction, savePreferencesAction } from "@/lib/i18n/actions"
import { LOCALE_COOKIE } from "@/lib/i18n/locales"
import { currentBrowser, currentSession, useClientIp, useSession } from "../fake-next-auth"
import { ACCOUNT_OWNERS, hasTwoFactor, homeAccount, membershipOf, someMembershipOf, type AccountKey, type Person, type PersonKey, type World } from "./world"

export const ACTOR_KINDS = ["anonymous", "signedOut", "nonMember", "disabled", "withoutRole", "withRole", "owner", "withoutTwoFactor"] as const satisfies readonly PersonKey[]
export const TARGET_KINDS = ["self", "owner", "anotherMember", "seniorMember", "otherAccountMember"] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

export type Cell = { world: World; actor: Person; target: Person }

// Facts about the world, read from how it was built (never from the code under test).
const isLive = (person: Person) => person.session === "live"
const owns = (person: Person, account: AccountKey) => ACCOUNT_OWNERS[account] === person.key
const isMember = (world: World, person: Person, account: AccountKey) => Boolean(membershipOf(world, person.key, account))
const isActiveIn = (world: World, person: Person, account: AccountKey) =>
  owns(person, account) || membershipOf(world, person.key, account)?.status === "ACTIVE"
/** Whether the person holds every one of `roles` in A (its owner holds them all): nobody gives or takes a role they lack. */
const holdsAllIn = (world: World, person: Person, roles: readonly Role[]) =>
  owns(person, "A") || roles.every((role) => membershipOf(world, person.key, "A")?.roles.includes(role))

/** An account a signed-in action can name: one of the world's, or someone's own account. */
type AccountRef = { id: string; world?: AccountKey; ownedBy?: Person }

function targetAccount({ world, actor, target }: Cell): AccountRef {
  if (target === actor) return { id: actor.ownAccountId, ownedBy: actor }
  if (target.key === "owner") return { id: world.accounts.A, world: "A" }
  if (target.key === "otherAccountMember") return { id: world.accounts.B, world: "B" }
  return { id: target.ownAccountId, ownedBy: target }
}

function activeAccess(world: World, person: Person, account: AccountRef): boolean {
  if (account.ownedBy) return account.ownedBy === person
  return isActiveIn(world, person, account.world!)
}

function rolesForm(roles: readonly string[]) {
  const form = new FormData()
  for (const role of roles) form.append("roles", role)
  return form
}

/** A role change that always changes something: the module's role toggled (kept when it is the only one). */
function toggledRoles(roles: Role[], moduleRole: Role): Role[] {
  if (!roles.includes(moduleRole)) return ROLES.filter((role) => role === moduleRole || roles.includes(role))
  return roles.length > 1 ? roles.filter((role) => role !== moduleRole) : [...ROLES]
}

async function pendingInvitation(world: World, account: AccountKey, email: string, invitedBy: Person) {
  const { token, tokenHash } = newToken()
  const invitation = await db.invitation.create({
    data: { accountId: world.accounts[account], email, roles: [world.moduleRole], tokenHash, invitedById: invitedBy.userId, expiresAt: new Date(Date.now() + 86_400_000) },
  })
  return { token, tokenHash, invitationId: invitation.id, account }
}

type Prepared = Record<string, unknown> & { invitationId?: string; token?: string; tokenHash?: string; account?: AccountKey }

export type Scenario = {
  /** Whether the target kinds apply; an untargeted entry point runs once per actor. */
  targeted: boolean
  prepare?: (cell: Cell) => Promise<Prepared>
  run: (cell: Cell, prepared: Prepared) => Promise<unknown>
  /** The entry point's own rule about targets, on top of the caller rule it was declared with. */
  targetAllowed: (cell: Cell, prepared: Prepared) => boolean
  /** Whether the database shows the work done. */
  succeeded: (cell: Cell, prepared: Prepared, outcome: unknown) => Promise<boolean>
  /** The rows it may change when it succeeds (snapshot keys); any other change is unexpected. */
  mayChange: (cell: Cell, prepared: Prepared) => Promise<string[]>
  /** Undoes, once the cell is judged, what would change the people shared with later cells. */
  cleanUp?: (cell: Cell, prepared: Prepared) => Promise<void>
}

/** A literal public address: saving it resolves nothing and connects nowhere. */
const PUBLIC_ENDPOINT = "https://93.184.216.34/hooks"

/** A webhook endpoint of an account of the world, taking every event. */
async function endpointIn(world: World, account: AccountKey) {
  const id = crypto.randomUUID()
  await db.webhookEndpoint.create({ data: { id, accountId: world.accounts[account], url: PUBLIC_ENDPOINT, description: "", events: [], secret: seal(newSigningSecret(), id) } })
  return { endpointId: id, account }
}

const endpointKeysOf = async (accountId: string) =>
  (await db.webhookEndpoint.findMany({ where: { accountId }, select: { id: true } })).map((row) => `webhook:${row.id}`)

/** An action on one endpoint of the target's account (A's endpoints only may be reached through A). */
const endpointScenario = (
  run: (cell: Cell, endpointId: string) => Promise<unknown>,
  done: (endpointId: string, outcome: unknown) => Promise<boolean>,
  changes: (cell: Cell, endpointId: string) => string[] = ({ world }, endpointId) => [`webhook:${endpointId}`, `audit:${world.accounts.A}`],
): Scenario => ({
  targeted: true,
  prepare: ({ world, target }) => endpointIn(world, homeAccount(world, target.key)),
  run: (cell, prepared) => run(cell, prepared.endpointId as string),
  targetAllowed: (_cell, prepared) => prepared.account === "A",
  succeeded: (_cell, prepared, outcome) => done(prepared.endpointId as string, outcome),
  mayChange: async (cell, prepared) => changes(cell, prepared.endpointId as string),
})

const invitationRowScenario = (action: typeof resendInvitationAction, done: (row: { status: string; tokenHash: string }, prepared: Prepared) => boolean): Scenario => ({
  targeted: true,
  prepare: ({ world, target }) => pendingInvitation(world, homeAccount(world, target.key), uniqueEmail("guest"), target),
  run: ({ world }, prepared) => action(world.accounts.A, prepared.invitationId!),
  targetAllowed: (_cell, prepared) => prepared.account === "A",
  succeeded: async (_cell, prepared) => done(await db.invitation.findUniqueOrThrow({ where: { id: prepared.invitationId! } }), prepared),
  mayChange: async ({ world }, prepared) => [`invitation:${prepared.invitationId}`, `audit:${world.accounts.A}`],
})

const memberScenario = (
  run: (cell: Cell, membership: { id: string; roles: Role[]; status: string }) => Promise<unknown>,
  done: (cell: Cell, membershipId: string, before: { roles: Role[]; status: string }) => Promise<boolean>,
  rolesAfter: (cell: Cell, before: Role[]) => Role[] = (_cell, before) => before,
): Scenario => ({
  targeted: true,
  run: (cell) => run(cell, someMembershipOf(cell.world, cell.target.key)!),
  // Acting on someone's access takes holding every role they hold, and every role they are left with.
  targetAllowed: (cell) => {
    const membership = someMembershipOf(cell.world, cell.target.key)!
    const held = (roles: Role[]) => holdsAllIn(cell.world, cell.actor, roles)
    return membership.account === "A" && cell.target !== cell.actor && held(membership.roles) && held(rolesAfter(cell, membership.roles))
  },
  succeeded: (cell) => {
    const membership = someMembershipOf(cell.world, cell.target.key)!
    return done(cell, membership.id, membership)
  },
  mayChange: async ({ world, target }) => [`membership:${someMembershipOf(world, target.key)!.id}`, `audit:${world.accounts.A}`, `user:${target.userId}`],
})

const invitationResponseScenario = (action: typeof acceptInvitationAction, done: (cell: Cell, prepared: Prepared) => Promise<boolean>): Scenario => ({
  targeted: true,
  prepare: ({ world, target }) => pendingInvitation(world, "C", target.email, world.people.otherOwner),
  run: (_cell, prepared) => action(prepared.token!),
  targetAllowed: ({ actor, target }) => actor === target,
  succeeded: done,
  mayChange: async ({ world, actor }, prepared) => {
    const joined = await db.membership.findFirst({ where: { accountId: world.accounts.C, userId: actor.userId } })
    return [`invitation:${prepared.invitationId}`, `membership:${joined?.id}`, `user:${actor.userId}`, `audit:${world.accounts.C}`]
  },
})

async function signOutScenarioSucceeded({ world, actor }: Cell) {
  const sessionId = world.sessions[actor.key]
  return !sessionId || (await db.session.count({ where: { id: sessionId, revokedAt: null } })) === 0
}

let signUps = 0
const NEW_PASSWORD = "another long phrase 77"

/** Someone who signed up directly and never followed the link (not one of the world's people). */
async function unconfirmedPerson() {
  const email = uniqueEmail("unconfirmed")
  const created = await registerUser({ name: "Una Confirmed", email, password: TEST_PASSWORD, emailVerified: false })
  if (!created.ok) throw new Error("could not create an unconfirmed person")
  return { email, userId: created.userId }
}

/** Puts back the password a cell changed: the world's people are shared with the cells after it. */
async function keepPassword(actor: Person, prepared: Prepared) {
  await db.user.update({ where: { id: actor.userId }, data: { passwordHash: prepared.passwordHash as string } })
}

/** A form from plain fields. */
function formOf(fields: Record<string, string>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return form
}

type TwoFactorColumns = { twoFactorSecret: string | null; twoFactorEnabledAt: Date | null; twoFactorLastStep: number | null; twoFactorPendingSecret: string | null }

/**
 * Gives the actor a fresh two-factor secret if the world gives them two-factor (so a code of now was never used by an
 * earlier cell), and remembers the columns as the cell starts, for `keepTwoFactor` to put back.
 */
async function freshTwoFactor(actor: Person): Promise<{ secret: string | null; saved: TwoFactorColumns }> {
  const secret = hasTwoFactor(actor) ? (await turnOnTwoFactor(actor.userId)).secret : null
  const saved = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { twoFactorSecret: true, twoFactorEnabledAt: true, twoFactorLastStep: true, twoFactorPendingSecret: true },
  })
  return { secret, saved }
}

/** Puts back the two-factor columns a cell changed: the world's people are shared with the cells after it. */
async function keepTwoFactor(actor: Person, prepared: Prepared) {
  await db.user.update({ where: { id: actor.userId }, data: prepared.saved as TwoFactorColumns })
}

const twoFactorOnSince = async (person: Person, since: Date) =>
  (await db.securityEvent.count({ where: { userId: person.userId, action: "TWO_FACTOR_ENABLED", createdAt: { gte: since } } })) > 0

/** A transfer of A from its owner to `to`, waiting (written straight to the database, as the offer would). */
async function pendingTransfer(world: World, to: Person) {
  const { token, tokenHash } = newToken()
  const transfer = await db.ownershipTransfer.create({
    data: { accountId: world.accounts.A, fromUserId: world.people.owner.userId, toUserId: to.userId, tokenHash, expiresAt: new Date(Date.now() + TRANSFER_LIFETIME_MS) },
  })
  return { token, transferId: transfer.id }
}

const isActiveMemberOfA = (world: World, person: Person) => membershipOf(world, person.key, "A")?.status === "ACTIVE"

const sessionKeysOf = async (person: Person) => (await db.session.findMany({ where: { userId: person.userId }, select: { id: true } })).map((row) => `session:${row.id}`)

export const ACTION_SCENARIOS: Record<string, Scenario> = {
  sendInvitationAction: {
    targeted: true,
    run: ({ world, target }) => {
      const form = rolesForm([world.moduleRole])
      form.set("emails", target.email)
      return sendInvitationAction(world.accounts.A, null, form)
    },
    targetAllowed: ({ world, actor, target }) => !owns(target, "A") && !isMember(world, target, "A") && target !== actor,
    succeeded: async ({ world, target }) => (await db.invitation.count({ where: { accountId: world.accounts.A, email: target.email, status: "PENDING" } })) === 1,
    mayChange: async ({ world, target }) => {
      const sent = await db.invitation.findMany({ where: { accountId: world.accounts.A, email: target.email }, select: { id: true } })
      return [...sent.map((row) => `invitation:${row.id}`), `audit:${world.accounts.A}`]
    },
  },
  resendInvitationAction: invitationRowScenario(resendInvitationAction, (row, prepared) => row.status === "PENDING" && row.tokenHash !== prepared.tokenHash),
  cancelInvitationAction: invitationRowScenario(cancelInvitationAction, (row) => row.status === "CANCELLED"),
  changeRolesAction: memberScenario(
    ({ world }, membership) => changeRolesAction(world.accounts.A, membership.id, null, rolesForm(toggledRoles(membership.roles, world.moduleRole))),
    async ({ world }, id, before) => {
      const row = await db.membership.findUnique({ where: { id } })
      return JSON.stringify(row?.roles) === JSON.stringify(toggledRoles(before.roles, world.moduleRole))
    },
    ({ world }, before) => toggledRoles(before, world.moduleRole),
  ),
  setMemberStatusAction: memberScenario(
    ({ world }, membership) => setMemberStatusAction(world.accounts.A, membership.id, membership.status === "ACTIVE" ? "DISABLED" : "ACTIVE"),
    async (_cell, id, before) => {
      const row = await db.membership.findUnique({ where: { id } })
      return Boolean(row && row.status !== before.status)
    },
  ),
  removeMemberAction: memberScenario(
    ({ world }, membership) => removeMemberAction(world.accounts.A, membership.id),
    async (_cell, id) => (await db.membership.count({ where: { id } })) === 0,
  ),
  chooseLanguageAction: {
    targeted: false,
    prepare: async () => {
      currentBrowser().delete(LOCALE_COOKIE)
      return {}
    },
    run: () => chooseLanguageAction("fr"),
    targetAllowed: () => true,
    // A cookie on this browser, and nothing in the database.
    succeeded: async () => currentBrowser().get(LOCALE_COOKIE) === "fr",
    mayChange: async () => [],
  },
  savePreferencesAction: {
    targeted: false,
    run: () => {
      const form = new FormData()
      form.set("locale", "fr")
      form.set("timeZone", "Pacific/Noumea")
      return savePreferencesAction(null, form)
    },
    targetAllowed: () => true,
    succeeded: async ({ actor }) => {
      const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } })
      return user.locale === "fr" && user.timeZone === "Pacific/Noumea"
    },
    mayChange: async ({ actor }) => [`user:${actor.userId}`],
    cleanUp: async ({ actor }) => void (await db.user.update({ where: { id: actor.userId }, data: { locale: null, timeZone: null } })),
  },
  switchAccountAction: {
    targeted: true,
    run: (cell) => switchAccountAction(targetAccount(cell).id),
    targetAllowed: (cell) => activeAccess(cell.world, cell.actor, targetAccount(cell)),
    succeeded: async (cell) => (await db.user.findUniqueOrThrow({ where: { id: cell.actor.userId } })).lastAccountId === targetAccount(cell).id,
    mayChange: async ({ actor }) => [`user:${actor.userId}`],
  },
  leaveAccountAction: {
    targeted: true,
    run: (cell) => leaveAccountAction(targetAccount(cell).id),
    targetAllowed: (cell) => {
      const account = targetAccount(cell)
      return account.world !== undefined && isMember(cell.world, cell.actor, account.world)
    },
    succeeded: async (cell) => {
      const account = targetAccount(cell)
      return account.world !== undefined && isMember(cell.world, cell.actor, account.world) && (await db.membership.count({ where: { accountId: account.id, userId: cell.actor.userId } })) === 0
    },
    mayChange: async (cell) => {
      const account = targetAccount(cell)
      const membership = account.world && membershipOf(cell.world, cell.actor.key, account.world)
      return [`membership:${membership?.id}`, `user:${cell.actor.userId}`, `audit:${account.id}`]
    },
  },
  acceptInvitationAction: invitationResponseScenario(acceptInvitationAction, async ({ world, actor }, prepared) => {
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: prepared.invitationId! } })
    return invitation.status === "ACCEPTED" && (await db.membership.count({ where: { accountId: world.accounts.C, userId: actor.userId } })) === 1
  }),
  declineInvitationAction: invitationResponseScenario(declineInvitationAction, async (_cell, prepared) => {
    return (await db.invitation.findUniqueOrThrow({ where: { id: prepared.invitationId! } })).status === "DECLINED"
  }),
  signUpAction: {
    targeted: false,
    prepare: async () => ({ email: uniqueEmail("newcomer") }),
    run: (_cell, prepared) => {
      const form = new FormData()
      for (const [name, value] of Object.entries({ name: "New Comer", email: prepared.email as string, password: TEST_PASSWORD, next: "/" })) form.set(name, value)
      useClientIp(`2001:db8:5::${(signUps++).toString(16)}`) // direct sign-ups are limited per address
      return signUpAction(null, form)
    },
    targetAllowed: () => true,
    // A direct sign-up creates an unconfirmed person and signs nobody in: the mailed link does that.
    succeeded: async (_cell, prepared) => {
      const user = await db.user.findUnique({ where: { email: prepared.email as string } })
      return Boolean(user) && user!.emailVerifiedAt === null && currentSession()?.user.id !== user!.id
    },
    mayChange: async () => [],
  },
  resendConfirmationAction: {
    targeted: false,
    prepare: async () => {
      const { email, userId } = await unconfirmedPerson()
      const form = new FormData()
      for (const [name, value] of Object.entries({ email, password: TEST_PASSWORD, next: "/" })) form.set(name, value)
      const refusal = await signInAction(null, form)
      return { email, userId, ticket: !refusal.ok && refusal.offer?.kind === "resend-confirmation" ? refusal.offer.ticket : "" }
    },
    run: (_cell, prepared) => resendConfirmationAction(prepared.ticket as string),
    targetAllowed: () => true,
    succeeded: async (_cell, prepared) => (await db.outboxMail.count({ where: { to: prepared.email as string, template: "confirm-email" } })) === 1,
    mayChange: async () => [],
  },
  requestPasswordResetAction: {
    targeted: false,
    run: ({ actor }) => {
      const form = new FormData()
      form.set("email", actor.email)
      return requestPasswordResetAction(null, form)
    },
    targetAllowed: () => true,
    succeeded: async ({ actor }) => (await db.emailToken.count({ where: { userId: actor.userId, purpose: "RESET_PASSWORD", usedAt: null } })) === 1,
    mayChange: async () => [],
  },
  resetPasswordAction: {
    targeted: false,
    prepare: async ({ actor }) => {
      const { token } = await db.$transaction((tx) => issueEmailToken(tx, actor.userId, "RESET_PASSWORD"))
      return { token, passwordHash: (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).passwordHash }
    },
    run: async ({ actor }, prepared) => {
      const form = new FormData()
      form.set("password", NEW_PASSWORD)
      try {
        return await resetPasswordAction(prepared.token!, null, form)
      } finally {
        await keepPassword(actor, prepared) // the people are shared with the next cells
      }
    },
    targetAllowed: () => true,
    // The link sets the password; it signs in only a person without two-factor (a mailbox is one factor).
    succeeded: async ({ actor }) =>
      (hasTwoFactor(actor) ? (await db.session.count({ where: { userId: actor.userId, revokedAt: null } })) === 0 : currentSession()?.user.id === actor.userId) &&
      (await db.emailToken.count({ where: { userId: actor.userId, purpose: "RESET_PASSWORD", usedAt: null } })) === 0,
    mayChange: async ({ actor }) => sessionKeysOf(actor),
  },
  changePasswordAction: {
    targeted: false,
    prepare: async ({ actor }) => ({ passwordHash: (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).passwordHash }),
    run: async ({ actor }, prepared) => {
      const form = new FormData()
      form.set("currentPassword", TEST_PASSWORD)
      form.set("newPassword", NEW_PASSWORD)
      const answer = await changePasswordAction(null, form)
      await keepPassword(actor, prepared)
      return answer
    },
    targetAllowed: () => true,
    succeeded: async ({ actor }) => (await db.securityEvent.count({ where: { userId: actor.userId, action: "PASSWORD_CHANGED", createdAt: { gt: new Date(Date.now() - 5000) } } })) > 0,
    mayChange: async ({ world, actor }) => (await sessionKeysOf(actor)).filter((key) => key !== `session:${world.sessions[actor.key]}`),
  },
  endSessionAction: {
    targeted: true,
    prepare: async ({ target }) => ({ sessionId: (await db.session.create({ data: { userId: target.userId } })).id }),
    run: (_cell, prepared) => endSessionAction(prepared.sessionId as string),
    targetAllowed: ({ actor, target }) => actor === target,
    succeeded: async (_cell, prepared) => (await db.session.count({ where: { id: prepared.sessionId as string, revokedAt: { not: null } } })) === 1,
    mayChange: async (_cell, prepared) => [`session:${prepared.sessionId}`],
  },
  endOtherSessionsAction: {
    targeted: false,
    prepare: async ({ actor }) => ({ sessionId: (await db.session.create({ data: { userId: actor.userId } })).id }),
    run: () => endOtherSessionsAction(),
    targetAllowed: () => true,
    succeeded: async ({ world, actor }, prepared) => {
      const live = (id: string | null) => (id ? db.session.count({ where: { id, revokedAt: null } }) : Promise.resolve(0))
      return (await live(prepared.sessionId as string)) === 0 && (await live(world.sessions[actor.key])) === 1
    },
    mayChange: async ({ world, actor }) => (await sessionKeysOf(actor)).filter((key) => key !== `session:${world.sessions[actor.key]}`),
  },
  signInAction: {
    targeted: false,
    prepare: async () => ({ since: new Date() }),
    run: ({ actor }) => {
      const form = new FormData()
      for (const [name, value] of Object.entries({ email: actor.email, password: TEST_PASSWORD, next: "/" })) form.set(name, value)
      return signInAction(null, form)
    },
    targetAllowed: () => true,
    // The right password signs in; with two-factor on, it opens the second step and makes no session.
    succeeded: async ({ actor }, prepared, outcome) => {
      const session = currentSession()
      if (hasTwoFactor(actor)) {
        const offered = (outcome as ActionResult | undefined)?.ok === false && (outcome as { offer?: { kind: string } }).offer?.kind === "two-factor"
        return offered && (await db.session.count({ where: { userId: actor.userId, createdAt: { gte: prepared.since as Date } } })) === 0
      }
      return session?.user.id === actor.userId && (await db.session.count({ where: { id: session.sessionId, revokedAt: null } })) === 1
    },
    mayChange: async ({ actor }) => {
      const sessions = await db.session.findMany({ where: { userId: actor.userId }, select: { id: true } })
      return sessions.map((session) => `session:${session.id}`)
    },
  },
  setUpTwoFactorAction: {
    targeted: false,
    run: () => setUpTwoFactorAction(),
    targetAllowed: ({ actor }) => !hasTwoFactor(actor),
    succeeded: async ({ actor }, _prepared, outcome) =>
      (outcome as ActionResult).ok && (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).twoFactorPendingSecret !== null,
    mayChange: async () => [],
  },
  turnOnTwoFactorAction: {
    targeted: false,
    prepare: async ({ actor }) => {
      const { saved } = await freshTwoFactor(actor)
      const setup = hasTwoFactor(actor) ? null : await startSetup({ id: actor.userId, name: actor.name, email: actor.email })
      return { saved: { ...saved, twoFactorPendingSecret: null }, code: setup?.ok ? codeFor(setup.secret) : "123456", since: new Date() }
    },
    run: async ({ actor }, prepared) => {
      try {
        return await turnOnTwoFactorAction(null, formOf({ password: TEST_PASSWORD, code: prepared.code as string }))
      } finally {
        await keepTwoFactor(actor, prepared)
      }
    },
    targetAllowed: ({ actor }) => !hasTwoFactor(actor),
    succeeded: ({ actor }, prepared) => twoFactorOnSince(actor, prepared.since as Date),
    // Turning it on signs out the person's other sessions.
    mayChange: async ({ world, actor }) => (await sessionKeysOf(actor)).filter((key) => key !== `session:${world.sessions[actor.key]}`),
  },
  turnOffTwoFactorAction: {
    targeted: false,
    prepare: async ({ actor }) => {
      const { secret, saved } = await freshTwoFactor(actor)
      return { saved, code: secret ? codeFor(secret) : "123456" }
    },
    run: async ({ actor }, prepared) => {
      try {
        return await turnOffTwoFactorAction(null, formOf({ password: TEST_PASSWORD, code: prepared.code as string }))
      } finally {
        await keepTwoFactor(actor, prepared)
      }
    },
    // The owner of an account that requires it keeps it.
    targetAllowed: ({ actor }) => hasTwoFactor(actor) && !owns(actor, "A"),
    succeeded: async ({ actor }) => (await db.recoveryCode.count({ where: { userId: actor.userId } })) === 0 && (await db.securityEvent.count({ where: { userId: actor.userId, action: "TWO_FACTOR_DISABLED", createdAt: { gt: new Date(Date.now() - 5000) } } })) > 0,
    mayChange: async () => [],
  },
  regenerateRecoveryCodesAction: {
    targeted: false,
    prepare: async ({ actor }) => {
      const { secret, saved } = await freshTwoFactor(actor)
      return { saved, code: secret ? codeFor(secret) : "123456", since: new Date() }
    },
    run: async ({ actor }, prepared) => {
      try {
        return await regenerateRecoveryCodesAction(null, formOf({ password: TEST_PASSWORD, code: prepared.code as string }))
      } finally {
        await keepTwoFactor(actor, prepared)
      }
    },
    targetAllowed: ({ actor }) => hasTwoFactor(actor),
    succeeded: async ({ actor }, prepared) => (await db.securityEvent.count({ where: { userId: actor.userId, action: "RECOVERY_CODES_REGENERATED", createdAt: { gte: prepared.since as Date } } })) > 0,
    mayChange: async () => [],
  },
  verifySignInAction: {
    targeted: false,
    prepare: async ({ actor }) => {
      const { secret, saved } = await freshTwoFactor(actor)
      return { saved, code: secret ? codeFor(secret) : "123456", challenge: await openChallenge(actor.userId) }
    },
    run: async ({ actor }, prepared) => {
      try {
        return await verifySignInAction(null, formOf({ challenge: prepared.challenge as string, code: prepared.code as string, next: "/" }))
      } finally {
        await keepTwoFactor(actor, prepared)
      }
    },
    // Public: whoever holds the challenge the password opened and the person's code (someone without two-factor has none).
    targetAllowed: ({ actor }) => hasTwoFactor(actor),
    succeeded: async ({ world, actor }) => {
      const session = currentSession()
      return session?.user.id === actor.userId && session.sessionId !== world.sessions[actor.key]
    },
    mayChange: async ({ actor }) => sessionKeysOf(actor),
  },
  setTwoFactorRequirementAction: {
    targeted: false,
    // Every cell has a fresh account A, which requires it: the cell stops requiring it.
    run: ({ world }) => setTwoFactorRequirementAction(world.accounts.A, formOf({ required: "off" })),
    // Only the account's owner, on top of the module's rule.
    targetAllowed: ({ actor }) => owns(actor, "A"),
    succeeded: async ({ world }) => !(await db.account.findUniqueOrThrow({ where: { id: world.accounts.A } })).requireTwoFactor,
    mayChange: async ({ world }) => [`account:${world.accounts.A}`, `audit:${world.accounts.A}`],
  },
  offerTransferAction: {
    targeted: true,
    run: ({ world, target }) => {
      const membership = membershipOf(world, target.key, "A") ?? someMembershipOf(world, target.key)
      return offerTransferAction(world.accounts.A, null, formOf({ member: membership?.id ?? crypto.randomUUID(), password: TEST_PASSWORD }))
    },
    // The owner only, to an active member of A who has the two-factor A requires.
    targetAllowed: ({ world, actor, target }) => owns(actor, "A") && target !== actor && isActiveMemberOfA(world, target) && hasTwoFactor(target),
    succeeded: async ({ world, target }) => (await db.ownershipTransfer.count({ where: { accountId: world.accounts.A, toUserId: target.userId, status: "PENDING" } })) === 1,
    mayChange: async ({ world }) => {
      const transfers = await db.ownershipTransfer.findMany({ where: { accountId: world.accounts.A }, select: { id: true } })
      return [...transfers.map((row) => `transfer:${row.id}`), `audit:${world.accounts.A}`]
    },
  },
  cancelTransferAction: {
    targeted: false,
    prepare: async ({ world }) => pendingTransfer(world, world.people.anotherMember),
    run: ({ world }) => cancelTransferAction(world.accounts.A),
    targetAllowed: ({ actor }) => owns(actor, "A"),
    succeeded: async (_cell, prepared) => (await db.ownershipTransfer.findUniqueOrThrow({ where: { id: prepared.transferId as string } })).status === "CANCELLED",
    mayChange: async ({ world }, prepared) => [`transfer:${prepared.transferId}`, `audit:${world.accounts.A}`],
  },
  acceptTransferAction: {
    targeted: true,
    prepare: ({ world, target }) => pendingTransfer(world, target),
    run: (_cell, prepared) => acceptTransferAction(prepared.token!),
    // Only the member it was offered to, active in A and with the two-factor A requires.
    targetAllowed: ({ world, actor, target }) => actor === target && isActiveMemberOfA(world, actor) && hasTwoFactor(actor),
    succeeded: async ({ world, actor }, prepared) =>
      (await db.account.findUniqueOrThrow({ where: { id: world.accounts.A } })).ownerId === actor.userId &&
      (await db.ownershipTransfer.findUniqueOrThrow({ where: { id: prepared.transferId as string } })).status === "ACCEPTED",
    mayChange: async ({ world, actor }, prepared) => {
      const memberships = await db.membership.findMany({ where: { accountId: world.accounts.A, userId: { in: [world.people.owner.userId] } }, select: { id: true } })
      return [
        `account:${world.accounts.A}`,
        `membership:${membershipOf(world, actor.key, "A")?.id}`,
        ...memberships.map((row) => `membership:${row.id}`),
        `transfer:${prepared.transferId}`,
        `audit:${world.accounts.A}`,
      ]
    },
    // The world's A goes back to its owner: the actor must not own an account requiring two-factor in later cells.
    cleanUp: async ({ world }) => void (await db.account.update({ where: { id: world.accounts.A }, data: { ownerId: world.people.owner.userId } })),
  },
  deleteUserAction: {
    targeted: false,
    // Deleting the user is what it does, and the world's people serve every cell: the caller is a twin made for the
    // cell, signed in (or out) exactly as the actor is. The rule read is the same: a live session, and only its own user.
    prepare: async ({ actor }) => {
      const twin = await createPerson(`Twin of ${actor.name}`)
      const session = actor.session === "none" ? null : await db.session.create({ data: { userId: twin.userId, revokedAt: actor.session === "revoked" ? new Date() : null } })
      return { twinId: twin.userId, twinAccount: twin.accountId, twinSession: session?.id ?? null }
    },
    run: (_cell, prepared) => {
      useSession(prepared.twinSession ? { userId: prepared.twinId as string, sessionId: prepared.twinSession as string } : null)
      return deleteUserAction(null, formOf({ password: TEST_PASSWORD, owned: prepared.twinAccount as string }))
    },
    targetAllowed: () => true,
    succeeded: async (_cell, prepared) => (await db.user.count({ where: { id: prepared.twinId as string } })) === 0,
    mayChange: async () => [],
  },
  createApiKeyAction: {
    targeted: false,
    run: ({ world }) => {
      const form = rolesForm([world.moduleRole])
      form.set("name", "Matrix key")
      form.set("expires", "30")
      return createApiKeyAction(world.accounts.A, null, form)
    },
    // On top of the module's rule: a key holds only roles its creator holds (the module's role, here).
    targetAllowed: ({ world, actor }) => holdsAllIn(world, actor, [world.moduleRole]),
    succeeded: async ({ world, actor }) => (await db.apiKey.count({ where: { accountId: world.accounts.A, createdById: actor.userId } })) === 1,
    mayChange: async ({ world }) => [`audit:${world.accounts.A}`],
  },
  revokeApiKeyAction: {
    targeted: true,
    // A key of A made by the target, holding the target's roles there (the owner's: every role).
    prepare: async ({ world, target }) => {
      const roles = owns(target, "A") ? [...ROLES] : (membershipOf(world, target.key, "A")?.roles ?? [world.moduleRole])
      const { keyHash, prefix } = newApiKey()
      const accountId = target.key === "otherAccountMember" ? world.accounts.B : world.accounts.A
      const key = await db.apiKey.create({ data: { accountId, createdById: target.userId, name: "Someone's key", prefix, keyHash, roles } })
      return { keyId: key.id, roles }
    },
    run: ({ world }, prepared) => revokeApiKeyAction(world.accounts.A, prepared.keyId as string),
    // A's keys only, and only by someone holding every role the key holds.
    targetAllowed: ({ world, actor, target }, prepared) => target.key !== "otherAccountMember" && holdsAllIn(world, actor, prepared.roles as Role[]),
    succeeded: async (_cell, prepared) => (await db.apiKey.findUniqueOrThrow({ where: { id: prepared.keyId as string } })).revokedAt !== null,
    mayChange: async ({ world }) => [`audit:${world.accounts.A}`],
  },
  addWebhookEndpointAction: {
    targeted: false,
    run: ({ world }) => {
      const form = formOf({ url: PUBLIC_ENDPOINT, description: "Matrix endpoint" })
      for (const type of EVENT_TYPES) form.append("events", type)
      return addWebhookEndpointAction(world.accounts.A, null, form)
    },
    targetAllowed: () => true,
    succeeded: async ({ world }) => (await db.webhookEndpoint.count({ where: { accountId: world.accounts.A } })) === 1,
    mayChange: async ({ world }) => [...(await endpointKeysOf(world.accounts.A)), `audit:${world.accounts.A}`],
  },
  revealWebhookSecretAction: endpointScenario(
    ({ world }, endpointId) => revealWebhookSecretAction(world.accounts.A, endpointId),
    async (_endpointId, outcome) => Boolean((outcome as ActionResult<{ secret: string }>).ok && (outcome as { data: { secret: string } }).data.secret.startsWith("whsec_")),
    () => [],
  ),
  rotateWebhookSecretAction: endpointScenario(
    ({ world }, endpointId) => rotateWebhookSecretAction(world.accounts.A, endpointId),
    async (endpointId) => (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).previousSecret !== null,
  ),
  setWebhookEndpointEnabledAction: endpointScenario(
    ({ world }, endpointId) => setWebhookEndpointEnabledAction(world.accounts.A, endpointId, false),
    async (endpointId) => (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).disabledAt !== null,
  ),
  deleteWebhookEndpointAction: endpointScenario(
    ({ world }, endpointId) => deleteWebhookEndpointAction(world.accounts.A, endpointId),
    async (endpointId) => (await db.webhookEndpoint.count({ where: { id: endpointId } })) === 0,
  ),
  sendTestWebhookAction: {
    ...endpointScenario(
      ({ world }, endpointId) => sendTestWebhookAction(world.accounts.A, endpointId),
      async (endpointId) => (await db.webhookDelivery.count({ where: { endpointId, eventType: "webhook.test" } })) === 1,
    ),
    mayChange: async (_cell, prepared) =>
      (await db.webhookDelivery.findMany({ where: { endpointId: prepared.endpointId as string }, select: { id: true } })).map((row) => `delivery:${row.id}`),
  },
  resendWebhookDeliveryAction: {
    targeted: true,
    // A failed delivery to an endpoint of the target's account.
    prepare: async ({ world, target }) => {
      const prepared = await endpointIn(world, homeAccount(world, target.key))
      const delivery = await db.webhookDelivery.create({
        data: { endpointId: prepared.endpointId, eventType: "member.left", payload: { type: "member.left" }, status: "FAILED", attempts: 9, nextAttemptAt: new Date(0) },
      })
      return { ...prepared, deliveryId: delivery.id }
    },
    run: ({ world }, prepared) => resendWebhookDeliveryAction(world.accounts.A, prepared.deliveryId as string),
    targetAllowed: (_cell, prepared) => prepared.account === "A",
    succeeded: async (_cell, prepared) => (await db.webhookDelivery.findUniqueOrThrow({ where: { id: prepared.deliveryId as string } })).status === "PENDING",
    mayChange: async (_cell, prepared) => [`delivery:${prepared.deliveryId}`],
  },
  signOutToInvitationAction: {
    targeted: false,
    run: () => signOutToInvitationAction(newToken().token),
    targetAllowed: () => true,
    succeeded: signOutScenarioSucceeded,
    mayChange: async ({ world, actor }) => [`session:${world.sessions[actor.key]}`],
  },
}

/** Route handlers this test calls. */
export const ROUTE_SCENARIOS: Record<string, Scenario> = {
  "GET /api/accounts": {
    targeted: false,
    run: () => listAccounts(new NextRequest("http://localhost/api/accounts")),
    targetAllowed: () => true,
    succeeded: async ({ world, actor }, _prepared, outcome) => {
      const response = outcome as Response
      if (response.status !== 200) return false
      const answer = (await response.json()) as { accounts: { id: string }[]; total: number }
      const listed = new Set(answer.accounts.map((account) => account.id))
      const worldAccounts = [...Object.values(world.accounts), ...Object.values(world.people).map((person) => person.ownAccountId)]
      const visible = (id: string) => {
        const key = (Object.keys(world.accounts) as AccountKey[]).find((account) => world.accounts[account] === id)
        return key ? owns(actor, key) || isMember(world, actor, key) : id === actor.ownAccountId
      }
      // The menu lists the first MENU_ACCOUNTS_SHOWN by name (an owner here gathers accounts cell after cell):
      // nothing invisible is ever listed, the total counts exactly what the person sees, and a short list is whole.
      const seen = (await db.account.count({ where: { ownerId: actor.userId } })) + (await db.membership.count({ where: { userId: actor.userId } }))
      const whole = answer.total === listed.size
      return answer.total === seen && worldAccounts.every((id) => (listed.has(id) ? visible(id) : !whole || !visible(id)))
    },
    mayChange: async () => [],
  },
  "POST /sign-out": {
    targeted: false,
    run: () => signOut(new NextRequest("http://localhost/sign-out", { method: "POST" })),
    targetAllowed: () => true,
    succeeded: async (cell, _prepared, outcome) => (outcome as Response).status === 303 && (await signOutScenarioSucceeded(cell)),
    mayChange: async ({ world, actor }) => [`session:${world.sessions[actor.key]}`],
  },
  "GET /confirm-email/[token]": {
    targeted: false,
    prepare: async () => {
      const { userId } = await unconfirmedPerson()
      return { userId, token: (await db.$transaction((tx) => issueEmailToken(tx, userId, "CONFIRM_EMAIL"))).token }
    },
    run: (_cell, prepared) => followConfirmationLink(new NextRequest(`http://localhost/confirm-email/${prepared.token}`)),
    targetAllowed: () => true,
    // Not the browser that signed up: the link confirms nothing, it opens the page to choose the password.
    succeeded: async (_cell, _prepared, outcome) => Boolean((outcome as Response).headers.get("location")?.startsWith("/reset-password/")),
    mayChange: async () => [],
  },
  "GET /profile/export": {
    targeted: false,
    run: () => exportData(new NextRequest("http://localhost/profile/export")),
    targetAllowed: () => true,
    succeeded: async ({ actor }, _prepared, outcome) => {
      const response = outcome as Response
      return response.status === 200 && ((await response.json()) as { profile: { email: string } }).profile.email === actor.email
    },
    mayChange: async () => [],
  },
  "GET /api/v1/openapi.json": {
    targeted: false,
    run: () => openApi(new NextRequest("http://localhost/api/v1/openapi.json")),
    targetAllowed: () => true,
    succeeded: async (_cell, _prepared, outcome) => (outcome as Response).status === 200 && ((await (outcome as Response).json()) as { openapi: string }).openapi === "3.1.0",
    mayChange: async () => [],
  },
  "GET /api/health": {
    targeted: false,
    run: () => health(new NextRequest("http://localhost/api/health")),
    targetAllowed: () => true,
    succeeded: async (_cell, _prepared, outcome) => (outcome as Response).status === 200,
    mayChange: async () => [],
  },
  "GET /api/ready": {
    targeted: false,
    run: () => ready(new NextRequest("http://localhost/api/ready")),
    targetAllowed: () => true,
    succeeded: async (_cell, _prepared, outcome) => (outcome as Response).status === 200 && ((await (outcome as Response).json()) as { ok: boolean }).ok,
    mayChange: async () => [],
  },
  // Public to every caller alike: what opens it is the metrics token, never a session (tests/observability.test.ts).
  "GET /api/metrics": {
    targeted: false,
    run: async () => {
      const saved = process.env.METRICS_TOKEN
      process.env.METRICS_TOKEN = "matrix-metrics-token"
      try {
        return await metrics(new NextRequest("http://localhost/api/metrics", { headers: { authorization: "Bearer matrix-metrics-token" } }))
      } finally {
        if (saved === undefined) delete process.env.METRICS_TOKEN
        else process.env.METRICS_TOKEN = saved
      }
    },
    targetAllowed: () => true,
    succeeded: async (_cell, _prepared, outcome) => (outcome as Response).status === 200 && (await (outcome as Response).text()).includes("hitflow_http_requests_total"),
    mayChange: async () => [],
  },
}

/**
 * The declared rule about callers, for this cell. For a module, straight from the role table: the owner of A, or a
 * member of A whose membership is active and holds the role the module is granted by, with a live session.
 */
export function callerAllowed(rule: CallerRule, { world, actor }: Cell): boolean {
  if (rule.kind === "public") return true
  if (!isLive(actor)) return false
  if (rule.kind === "signed-in") return true
  const grantedBy = MODULES.find((module) => module.path === rule.module)!.grantedBy
  const membership = membershipOf(world, actor.key, "A")
  // A requires two-factor authentication: nobody without it acts there.
  return hasTwoFactor(actor) && (owns(actor, "A") || (membership?.status === "ACTIVE" && membership.roles.includes(grantedBy)))
}
