"use server"

import { revalidatePath } from "next/cache"
import { headers } from "next/headers"
import QRCode from "qrcode"
import { z } from "zod"
import { formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { signInWithTwoFactors } from "@/lib/auth/auth"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { requestOrigin } from "@/lib/identity/security-events"
import { passwordRefusalText } from "@/lib/identity/password-refusal"
import { signedInPerson } from "@/lib/identity/signed-in-person"
import { requestTranslator } from "@/lib/i18n/request-locale"
import { TWO_FACTOR_THROTTLE } from "@/lib/rate-limit"
import { answerChallenge } from "./challenge"
import { ownedAccountsRequiringTwoFactor, regenerateRecoveryCodesIn, startSetup, turnOff, turnOn, type PersonalRefusalReason } from "./personal"
import { setTwoFactorRequirement } from "./requirement"
import { proveSecondFactor, secondFactorFrom } from "./second-factor"
import { errorKey } from "@/lib/i18n/error-keys"

const previousState = z.unknown()
const origin = async () => requestOrigin(await headers())
const PROFILE = "/profile"
const SIGNED_OUT = errorKey("sessionEnded")
const WRONG_CODE = errorKey("codeWrong")
const EXPIRED_SIGN_IN = errorKey("signInExpired")

/** A refusal of a change to one's own two-factor, in the reader's language. */
async function refusal({ reason, accounts = [] }: { reason: PersonalRefusalReason; accounts?: string[] }, field = "form") {
  const t = await requestTranslator("twoFactor")
  return refused(t(`refusals.${reason}`, { accounts: accounts.join(", ") }), field)
}

/** A wrong or throttled second factor, in the reader's language. */
async function wrongCode(reason: "wrong" | "throttled") {
  const t = await requestTranslator("twoFactor")
  return refused(reason === "throttled" ? TWO_FACTOR_THROTTLE.message : t("refusals.wrong-code"), "code")
}

const typedCode = (missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(40, { error: WRONG_CODE })
const passwordEntered = z.string({ error: errorKey("yourPasswordMissing") }).min(1, { error: errorKey("yourPasswordMissing") }).max(200)

export type SetupData = { secret: string; qrCode: string }
export type RecoveryCodesData = { recoveryCodes: string[] }

/** Set up: a new secret, shown as a QR code (an otpauth:// URI) and as text, until a first code turns it on. */
export const setUpTwoFactorAction = serverAction({ kind: "signed-in" }, [], async ({ userId }): Promise<ActionResult<SetupData>> => {
  const person = await signedInPerson(userId)
  if (!person) return refused(SIGNED_OUT)
  const setup = await startSetup(person)
  if (!setup.ok) return refusal(setup)
  const svg = await QRCode.toString(setup.uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 })
  return { ok: true, data: { secret: setup.secret, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` } }
})

/** Turn on: the password (a session left open is not enough) and a first code from the app. */
export const turnOnTwoFactorAction = serverAction(
  { kind: "signed-in" },
  [previousState, formData({ password: passwordEntered, code: typedCode(errorKey("appCodeMissing")) })],
  async ({ userId }, _previous, form): Promise<ActionResult<RecoveryCodesData>> => {
    const person = await signedInPerson(userId)
    if (!person) return refused(SIGNED_OUT)
    const wrongPassword = await passwordRefusalText(person.email, form.password)
    if (wrongPassword) return refused(wrongPassword, "password")
    const turnedOn = await turnOn(person, form.code, person.sessionId, await origin())
    if (!turnedOn.ok) return refusal(turnedOn, "code")
    revalidatePath(PROFILE)
    const t = await requestTranslator("twoFactor")
    const message = turnedOn.sessionsEnded === 0 ? t("turnedOn") : t("turnedOnEnded", { count: turnedOn.sessionsEnded })
    return { ok: true, message, data: { recoveryCodes: turnedOn.recoveryCodes } }
  },
)

/** Turn off: the password and a current code (or a recovery code), so a session left open is not enough. */
export const turnOffTwoFactorAction = serverAction(
  { kind: "signed-in" },
  [previousState, formData({ password: passwordEntered, code: typedCode(errorKey("appOrRecoveryCodeMissing")) })],
  async ({ userId }, _previous, form) => {
    const person = await signedInPerson(userId)
    if (!person) return refused(SIGNED_OUT)
    const wrongPassword = await passwordRefusalText(person.email, form.password)
    if (wrongPassword) return refused(wrongPassword, "password")
    // Refused before the code is used up (turnOff checks again under its lock).
    const owned = await ownedAccountsRequiringTwoFactor(person.id)
    if (owned.length > 0) return refusal({ reason: "still-required", accounts: owned })
    const code = await proveSecondFactor(person.id, secondFactorFrom(form.code), await origin())
    if (!code.ok) return wrongCode(code.reason === "throttled" ? "throttled" : "wrong")
    const turnedOff = await turnOff(person, await origin())
    if (!turnedOff.ok) return refusal(turnedOff)
    revalidatePath(PROFILE)
    const t = await requestTranslator("twoFactor")
    return { ok: true, message: turnedOff.lockedOut.length > 0 ? t("turnedOffLockedOut", { accounts: turnedOff.lockedOut.join(", ") }) : t("turnedOff") }
  },
)

/** New recovery codes: the password and a current code (or a recovery code), as for turning it off. */
export const regenerateRecoveryCodesAction = serverAction(
  { kind: "signed-in" },
  [previousState, formData({ password: passwordEntered, code: typedCode(errorKey("appOrRecoveryCodeMissing")) })],
  async ({ userId }, _previous, form): Promise<ActionResult<RecoveryCodesData>> => {
    const person = await signedInPerson(userId)
    if (!person) return refused(SIGNED_OUT)
    const wrongPassword = await passwordRefusalText(person.email, form.password)
    if (wrongPassword) return refused(wrongPassword, "password")
    const where = await origin()
    let recoveryCodes: string[] = []
    const proven = await proveSecondFactor(person.id, secondFactorFrom(form.code), where, async (tx) => {
      recoveryCodes = await regenerateRecoveryCodesIn(tx, person, where)
      return true
    })
    const t = await requestTranslator("twoFactor")
    if (!proven.ok) return proven.reason === "closed" ? refused(t("refusals.turn-on-first")) : wrongCode(proven.reason)
    revalidatePath(PROFILE)
    return { ok: true, message: t("regenerated"), data: { recoveryCodes } }
  },
)

const secondStep = formData({
  challenge: z.string({ error: EXPIRED_SIGN_IN }).max(300, { error: EXPIRED_SIGN_IN }),
  code: typedCode(errorKey("appCodeMissing")).optional(),
  recoveryCode: typedCode(errorKey("recoveryCodeMissing")).optional(),
  next: z.unknown().transform((next) => safeReturnPath(next)),
})

/** The second step of a sign-in: the challenge the password opened, answered by a code or a recovery code. */
export const verifySignInAction = serverAction({ kind: "public" }, [previousState, secondStep], async (_caller, _previous, form) => {
  const field = form.recoveryCode !== undefined ? "recoveryCode" : "code"
  const typed = form.recoveryCode ?? form.code
  const t = await requestTranslator("twoFactor")
  if (typed === undefined) return refused(t("refusals.enter-code"), "code")
  const answer = await answerChallenge(form.challenge, field === "code" ? { code: typed } : { recoveryCode: typed }, await origin())
  if (answer.kind !== "signed-in") {
    if (answer.kind === "throttled") return refused(TWO_FACTOR_THROTTLE.message, field)
    if (answer.kind === "wrong") return refused(field === "code" ? t("refusals.wrong-code-now") : t("refusals.wrong-recovery-code"), field)
    return refused(t("refusals.expired-sign-in"))
  }
  // After a recovery code, the profile says how many are left (where new ones are made), then leads on.
  const next = answer.recoveryCodesLeft === null ? form.next : `${PROFILE}?recovery-codes-left=${answer.recoveryCodesLeft}&next=${encodeURIComponent(form.next)}`
  return signInWithTwoFactors(answer.userId, next)
})

/** The owner requires two-factor authentication of everyone in the account, or stops (Settings → Accounts). */
export const setTwoFactorRequirementAction = serverAction(
  { kind: "module", module: "settings/accounts" },
  [formData({ required: z.enum(["on", "off"], { error: errorKey("requirementMissing") }) })],
  async (actor, form) => {
    const t = await requestTranslator("accountSettings")
    if (!actor.access.grant.isOwner) return refused(t("requirementRefusals.onlyOwnerChanges"))
    const changed = await setTwoFactorRequirement(actor, form.required === "on")
    if (!changed.ok) return refused(t(`requirementRefusals.${changed.reason}`))
    revalidatePath(`/accounts/${actor.access.accountId}`, "layout")
    return { ok: true, message: t(`requirementChanged.${changed.outcome}`, { count: changed.without ?? 0 }) }
  },
)
