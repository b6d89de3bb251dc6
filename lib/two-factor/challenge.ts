import "server-only"
import { db } from "@/lib/db"
import { signUntil, verifyUnexpired } from "@/lib/identity/signed-values"
import type { RequestOrigin } from "@/lib/identity/security-events"
import { proveSecondFactor, type SecondFactor } from "./second-factor"

// The second step of a sign-in. A correct password for a person with two-factor authentication leaves no session:
// it leaves a challenge (a row, named by a value signed for this purpose and carried by the browser), which one
// right answer within a few minutes uses up. Only then is a session made.

const PURPOSE = "two-factor-challenge"
export const CHALLENGE_LIFETIME_MS = 5 * 60_000

/** Opens a challenge for a person who just gave their first factor: what the browser carries to the second step. */
export async function openChallenge(userId: string, now = new Date()): Promise<string> {
  const expiresAt = new Date(now.getTime() + CHALLENGE_LIFETIME_MS)
  const [, challenge] = await db.$transaction([
    // The person's finished challenges go as a new one opens: the table never grows with sign-ins.
    db.signInChallenge.deleteMany({ where: { userId, OR: [{ usedAt: { not: null } }, { expiresAt: { lt: now } }] } }),
    db.signInChallenge.create({ data: { userId, expiresAt } }),
  ])
  return signUntil(PURPOSE, challenge.id, CHALLENGE_LIFETIME_MS)
}

export type ChallengeAnswer = { kind: "signed-in"; userId: string; recoveryCodesLeft: number | null } | { kind: "closed" | "wrong" | "throttled" }

/**
 * Answers a challenge: the right second factor uses it up (once, also when two answers race) and says whose it was.
 * A challenge that is unknown, used, expired, or whose person no longer has two-factor is closed.
 */
export async function answerChallenge(signed: string, answer: SecondFactor, origin: RequestOrigin, now = new Date()): Promise<ChallengeAnswer> {
  const id = verifyUnexpired(PURPOSE, signed)
  const challenge = id ? await db.signInChallenge.findUnique({ where: { id } }) : null
  if (!challenge || challenge.usedAt || challenge.expiresAt <= now) return { kind: "closed" }
  const check = await proveSecondFactor(challenge.userId, answer, origin, async (tx) => {
    const { count } = await tx.signInChallenge.updateMany({ where: { id: challenge.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } })
    return count === 1
  }, now)
  if (!check.ok) return { kind: check.reason }
  return { kind: "signed-in", userId: challenge.userId, recoveryCodesLeft: check.recoveryCodesLeft }
}
