import "server-only"
import { db, type Tx } from "@/lib/db"
import { recordSecurityEvent, type RequestOrigin } from "@/lib/identity/security-events"
import { queueMail } from "@/lib/mail/outbox"
import { countUnlessLimited, throttleKeys, TWO_FACTOR_THROTTLE, uncount } from "@/lib/rate-limit"
import { recoveryCodeHash } from "./recovery-codes"
import { open } from "@/lib/secret-box"
import { normalizeCode, stepOfCode } from "./totp"

/** What proves the second factor: a code from the authenticator app, or one of the recovery codes. */
export type SecondFactor = { code: string } | { recoveryCode: string }

export type SecondFactorCheck = { ok: true; recoveryCodesLeft: number | null } | { ok: false; reason: "wrong" | "throttled" | "closed" }

class Refused extends Error {
  constructor(readonly reason: "wrong" | "closed") {
    super(reason)
  }
}

/**
 * Checks a person's second factor. Every attempt counts against the person's throttle before it is judged (so
 * parallel guesses cannot all pass a count none has raised yet) and is taken back if right. An authentication code
 * is accepted only for a time step later than the last one accepted, so none works twice. A recovery code is used
 * up, and the person is mailed how many are left. `alongside` runs in the same transaction (using up a sign-in
 * challenge, turning two-factor off): if it refuses, nothing is used.
 */
export async function proveSecondFactor(
  userId: string,
  answer: SecondFactor,
  origin: RequestOrigin,
  alongside: (tx: Tx) => Promise<boolean> = async () => true,
  now = new Date(),
): Promise<SecondFactorCheck> {
  const attempt = await countUnlessLimited([{ key: throttleKeys.twoFactor(userId), limit: TWO_FACTOR_THROTTLE.limit }], now)
  if (!attempt.ok) return { ok: false, reason: "throttled" }
  try {
    const recoveryCodesLeft = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, twoFactorSecret: true, twoFactorEnabledAt: true } })
      if (!user?.twoFactorSecret || !user.twoFactorEnabledAt) throw new Refused("closed")
      let left: number | null = null
      if ("code" in answer) await useAuthenticationCode(tx, userId, user.twoFactorSecret, answer.code, now)
      else {
        left = await useRecoveryCode(tx, userId, answer.recoveryCode, now)
        await recordSecurityEvent(tx, userId, "RECOVERY_CODE_USED", origin)
        await queueMail(tx, { to: user.email, template: "recovery-code-used", data: { name: user.name, remaining: left, at: now.toISOString(), ip: origin.ip } })
      }
      if (!(await alongside(tx))) throw new Refused("closed")
      return left
    })
    await uncount(attempt.eventIds)
    return { ok: true, recoveryCodesLeft }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason }
    throw error
  }
}

async function useAuthenticationCode(tx: Tx, userId: string, sealedSecret: string, typed: string, now: Date): Promise<void> {
  const code = normalizeCode(typed)
  const step = code ? stepOfCode(open(sealedSecret, userId), code, now.getTime()) : null
  if (step === null) throw new Refused("wrong")
  // Accepted only for a later step than the last accepted: the same code twice (or an older one) is refused, also
  // when two requests race with it (the second one's update finds the step already taken).
  const { count } = await tx.user.updateMany({
    where: { id: userId, OR: [{ twoFactorLastStep: null }, { twoFactorLastStep: { lt: step } }] },
    data: { twoFactorLastStep: step },
  })
  if (count === 0) throw new Refused("wrong")
}

/** Uses up a recovery code; how many are left. */
async function useRecoveryCode(tx: Tx, userId: string, typed: string, now: Date): Promise<number> {
  const codeHash = recoveryCodeHash(userId, typed)
  if (!codeHash) throw new Refused("wrong")
  const { count } = await tx.recoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: now } })
  if (count === 0) throw new Refused("wrong")
  return tx.recoveryCode.count({ where: { userId, usedAt: null } })
}

/** A six-digit answer is an authentication code; anything else is tried as a recovery code. */
export function secondFactorFrom(typed: string): SecondFactor {
  return normalizeCode(typed) ? { code: typed } : { recoveryCode: typed }
}
