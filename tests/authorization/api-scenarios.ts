// Test support for tests/authorization/api-matrix.test.ts: the API's endpoints, each called with every kind of key
// against a target in the key's account and one in another account, and how the database shows its work.
import { db } from "@/lib/db"
import { newApiKey } from "@/lib/api/keys"
import type { Role } from "@/lib/generated/prisma/enums"
import { newToken } from "@/lib/tokens"
import { uniqueEmail } from "@/tests/factories"

export const KEY_KINDS = ["none", "malformed", "revoked", "expired", "anotherAccount", "technicalOnly", "disabledCreator", "deletedCreator", "admin", "owner"] as const
export type KeyKind = (typeof KEY_KINDS)[number]
export const TARGETS = ["inAccount", "inAnotherAccount"] as const
export type Target = (typeof TARGETS)[number]

/** The people every world shares (created once): A's owner, an Admin, a Technical member, a disabled Admin; B's owner. */
export type ApiPeople = { owner: string; admin: string; technical: string; disabled: string; otherOwner: string }

export type ApiWorld = {
  accountId: string
  otherAccountId: string
  technicalMembership: string
  otherMembership: string
  invitation: string
  otherInvitation: string
  keys: Record<KeyKind, string | null>
}

async function keyFor(accountId: string, createdById: string, roles: Role[], extra: { revokedAt?: Date; expiresAt?: Date } = {}): Promise<string> {
  const { key, keyHash, prefix } = newApiKey()
  await db.apiKey.create({ data: { accountId, createdById, name: `Key of ${roles.join("+")}`, prefix, keyHash, roles, ...extra } })
  return key
}

async function invitationIn(accountId: string, invitedById: string) {
  const { tokenHash } = newToken()
  return (await db.invitation.create({ data: { accountId, email: uniqueEmail("api-guest"), roles: ["TECHNICAL"], tokenHash, invitedById, expiresAt: new Date(Date.now() + 86_400_000) } })).id
}

/** Fresh accounts A (the keys') and B, their members, an invitation in each, and one key of each kind. */
export async function createApiWorld(people: ApiPeople): Promise<ApiWorld> {
  const accountId = (await db.account.create({ data: { name: "API account A", ownerId: people.owner } })).id
  const otherAccountId = (await db.account.create({ data: { name: "API account B", ownerId: people.otherOwner } })).id
  await db.membership.createMany({
    data: [
      { accountId, userId: people.admin, roles: ["ADMIN", "TECHNICAL"] },
      { accountId, userId: people.technical, roles: ["TECHNICAL"] },
      { accountId, userId: people.disabled, roles: ["ADMIN", "TECHNICAL"], status: "DISABLED" },
      { accountId: otherAccountId, userId: people.technical, roles: ["TECHNICAL"] },
    ],
  })
  const membershipOf = async (account: string, userId: string) => (await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: account, userId } } })).id
  // A creator who is then deleted: their key goes with them.
  const gone = await db.user.create({ data: { email: uniqueEmail("gone"), name: "Gone Creator", passwordHash: "-", emailVerifiedAt: new Date() } })
  await db.membership.create({ data: { accountId, userId: gone.id, roles: ["ADMIN"] } })
  const deletedCreator = await keyFor(accountId, gone.id, ["ADMIN"])
  await db.user.delete({ where: { id: gone.id } })
  return {
    accountId,
    otherAccountId,
    technicalMembership: await membershipOf(accountId, people.technical),
    otherMembership: await membershipOf(otherAccountId, people.technical),
    invitation: await invitationIn(accountId, people.owner),
    otherInvitation: await invitationIn(otherAccountId, people.otherOwner),
    keys: {
      none: null,
      malformed: "hf_live_not-a-key",
      revoked: await keyFor(accountId, people.owner, ["ADMIN"], { revokedAt: new Date() }),
      expired: await keyFor(accountId, people.owner, ["ADMIN"], { expiresAt: new Date(Date.now() - 1000) }),
      anotherAccount: await keyFor(otherAccountId, people.otherOwner, ["ADMIN", "TECHNICAL"]),
      // The owner's key holds only the roles chosen for it.
      technicalOnly: await keyFor(accountId, people.owner, ["TECHNICAL"]),
      disabledCreator: await keyFor(accountId, people.disabled, ["ADMIN", "TECHNICAL"]),
      deletedCreator,
      admin: await keyFor(accountId, people.admin, ["ADMIN", "TECHNICAL"]),
      owner: await keyFor(accountId, people.owner, ["ADMIN", "TECHNICAL"]),
    },
  }
}

/** The status every key kind gets, whatever the endpoint: only an Admin's and the owner's keys reach its work. */
export function expectedStatus(kind: KeyKind, target: Target, success: number): number {
  if (["none", "malformed", "revoked", "expired", "deletedCreator"].includes(kind)) return 401
  if (kind === "anotherAccount") return 404
  if (kind === "technicalOnly" || kind === "disabledCreator") return 403
  return target === "inAccount" ? success : 404
}

export type ApiScenario = {
  targeted: boolean
  /** The request: the path under /api/v1/accounts/{A}, its id parameter and body. */
  request: (world: ApiWorld, target: Target) => { id?: string; body?: unknown }
  success: number
  /** Whether the database shows the work done (for a read: nothing to show). */
  done: (world: ApiWorld) => Promise<boolean>
}

const member = (world: ApiWorld, target: Target) => (target === "inAccount" ? world.technicalMembership : world.otherMembership)
const invitation = (world: ApiWorld, target: Target) => (target === "inAccount" ? world.invitation : world.otherInvitation)
const nothingToShow = async () => true

export const API_SCENARIOS: Record<string, ApiScenario> = {
  "GET /api/v1/accounts/[accountId]/members": { targeted: false, request: () => ({}), success: 200, done: nothingToShow },
  "PATCH /api/v1/accounts/[accountId]/members/[id]": {
    targeted: true,
    request: (world, target) => ({ id: member(world, target), body: { status: "disabled" } }),
    success: 200,
    done: async (world) => (await db.membership.findUniqueOrThrow({ where: { id: world.technicalMembership } })).status === "DISABLED",
  },
  "DELETE /api/v1/accounts/[accountId]/members/[id]": {
    targeted: true,
    request: (world, target) => ({ id: member(world, target) }),
    success: 204,
    done: async (world) => (await db.membership.count({ where: { id: world.technicalMembership } })) === 0,
  },
  "GET /api/v1/accounts/[accountId]/invitations": { targeted: false, request: () => ({}), success: 200, done: nothingToShow },
  "POST /api/v1/accounts/[accountId]/invitations": {
    targeted: false,
    request: () => ({ body: { email: uniqueEmail("api-invited"), roles: ["TECHNICAL"] } }),
    success: 201,
    done: async (world) => (await db.invitation.count({ where: { accountId: world.accountId } })) === 2,
  },
  "DELETE /api/v1/accounts/[accountId]/invitations/[id]": {
    targeted: true,
    request: (world, target) => ({ id: invitation(world, target) }),
    success: 204,
    done: async (world) => (await db.invitation.findUniqueOrThrow({ where: { id: world.invitation } })).status === "CANCELLED",
  },
  "POST /api/v1/accounts/[accountId]/invitations/[id]/resend": {
    targeted: true,
    request: (world, target) => ({ id: invitation(world, target) }),
    success: 200,
    done: async (world) => (await db.outboxMail.count({ where: { invitationId: world.invitation } })) === 1,
  },
  "GET /api/v1/accounts/[accountId]/activity": { targeted: false, request: () => ({}), success: 200, done: nothingToShow },
}

/** Everything a call could change in the two accounts, as one string. */
export async function apiSnapshot(world: ApiWorld): Promise<string> {
  const accounts = [world.accountId, world.otherAccountId]
  const [memberships, invitations, audits, mails] = await Promise.all([
    db.membership.findMany({ where: { accountId: { in: accounts } }, select: { id: true, roles: true, status: true }, orderBy: { id: "asc" } }),
    db.invitation.findMany({ where: { accountId: { in: accounts } }, select: { id: true, status: true, tokenHash: true }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where: { accountId: { in: accounts } } }),
    db.outboxMail.count({ where: { invitation: { accountId: { in: accounts } } } }),
  ])
  return JSON.stringify({ memberships, invitations, audits, mails })
}
