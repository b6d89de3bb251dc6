// Shared by the race scenarios: starting two changes at once, counting how races ended, and making members.
import type { Domain } from "../domain"
import { queuedInvitationToken } from "../invitation-token"
import type { Person } from "../people"
import type { Sql } from "../sql"

export const ROUNDS = 50
// Rounds are spread over several accounts: an account may send only so many invitations a day (lib/rate-limit.ts).
export const ROUNDS_PER_ACCOUNT = 10
export const ACCOUNTS = Math.ceil(ROUNDS / ROUNDS_PER_ACCOUNT)
const JITTER_MS = 4

type Role = "TECHNICAL" | "ADMIN" | "BILLING"
export const ALL_ROLES: Role[] = ["TECHNICAL", "ADMIN", "BILLING"]

/** A change that threw (e.g. a deadlock the database broke by aborting it): the person would see an error page. */
export type Thrown = { ok: false; thrown: string }

// A random head start of a few milliseconds for either side, so that over the rounds both orders happen.
function jittered<T>(change: () => Promise<T>): Promise<T | Thrown> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * JITTER_MS)).then(change).catch((error: unknown) => ({
    ok: false as const,
    // Prisma's messages open with a code frame; the last line says what happened.
    thrown: (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1)!.slice(0, 200),
  }))
}

export function race<A, B>(first: () => Promise<A>, second: () => Promise<B>): Promise<[A | Thrown, B | Thrown]> {
  return Promise.all([jittered(first), jittered(second)])
}

export function threw(result: object): result is Thrown {
  return "thrown" in result
}

/** How many rounds ended which way. */
export class Tally {
  private readonly counts = new Map<string, number>()
  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1)
  }
  count(outcome: string): number {
    return this.counts.get(outcome) ?? 0
  }
  describe(): string {
    return [...this.counts].map(([outcome, count]) => `${count} ${outcome}`).join(", ")
  }
}

export async function invite(domain: Domain, sql: Sql, owner: Person, guest: Person, roles: Role[] = ALL_ROLES) {
  const actor = await domain.actorFor(owner.userId, owner.accountId)
  const sent = await domain.sendInvitation({ actor, email: guest.email, roles })
  if (!sent.ok) throw new Error(`could not invite ${guest.email}: ${sent.message}`)
  return { invitationId: sent.invitationId, token: await queuedInvitationToken(sql, sent.invitationId) }
}

/** Makes `guest` a member of `owner`'s account the way the app does: an invitation, accepted. */
export async function makeMember(domain: Domain, sql: Sql, owner: Person, guest: Person, roles: Role[] = ALL_ROLES): Promise<string> {
  const { token } = await invite(domain, sql, owner, guest, roles)
  const accepted = await domain.acceptInvitation({ token, userId: guest.userId })
  if (!accepted.ok) throw new Error(`${guest.email} could not accept: ${accepted.reason}`)
  const [membership] = await sql.query<{ id: string }>(`SELECT id FROM "Membership" WHERE "accountId" = $1 AND "userId" = $2`, [
    owner.accountId,
    guest.userId,
  ])
  return membership!.id
}
