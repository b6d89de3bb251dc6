"use server"

import { revalidatePath } from "next/cache"
import { headers } from "next/headers"
import { z } from "zod"
import { formData, refused, serverAction } from "@/lib/actions/server-action"
import { requestTranslator } from "@/lib/i18n/request-locale"
import { checkPassword, signInByLink } from "@/lib/auth/auth"
import { emailField, passwordField } from "@/lib/fields"
import { RESET_IP_THROTTLE, SIGN_IN_THROTTLE } from "@/lib/rate-limit"
import { changePassword, endSessions } from "./password-change"
import { requestPasswordReset, resetPassword } from "./password-reset"
import { RESET_LIFETIME_HOURS } from "./policy"
import { requestOrigin } from "./security-events"
import { signedInPerson } from "./signed-in-person"
import { errorKey } from "@/lib/i18n/error-keys"

const previousState = z.unknown()
const origin = async () => requestOrigin(await headers())
const PROFILE = "/profile"
const CLOSED_LINK = errorKey("linkClosed")

export const requestPasswordResetAction = serverAction({ kind: "public" }, [previousState, formData({ email: emailField })], async (_caller, _previous, form) => {
  if ((await requestPasswordReset(form.email, await origin())) === "throttled") return refused(RESET_IP_THROTTLE.message)
  const t = await requestTranslator("forgotPassword")
  return { ok: true, message: t("sent", { email: form.email, hours: RESET_LIFETIME_HOURS }) }
})

const tokenArgument = z.string().max(100)

export const resetPasswordAction = serverAction({ kind: "public" }, [tokenArgument, previousState, formData({ password: passwordField })], async (_caller, token, _previous, form) => {
  const outcome = await resetPassword(token, form.password, await origin())
  if (outcome.kind === "closed") return refused(CLOSED_LINK)
  if (outcome.kind === "weak") return refused(outcome.message, "password")
  return signInByLink(outcome.userId, "/", "password-set")
})

const passwordChange = formData({
  currentPassword: z.string({ error: errorKey("currentPasswordMissing") }).min(1, { error: errorKey("currentPasswordMissing") }).max(200),
  newPassword: passwordField,
})

const SIGNED_OUT = errorKey("sessionEnded")

export const changePasswordAction = serverAction({ kind: "signed-in" }, [previousState, passwordChange], async ({ userId }, _previous, form) => {
  const person = await signedInPerson(userId)
  if (!person) return refused(SIGNED_OUT)
  const t = await requestTranslator("password")
  const check = await checkPassword(person.email, form.currentPassword)
  if (check.kind === "throttled") return refused(SIGN_IN_THROTTLE.message, "currentPassword")
  if (check.kind === "wrong") return refused(t("notCurrent"), "currentPassword")
  const changed = await changePassword(person, person.sessionId, form.newPassword, await origin())
  if (!changed.ok) return refused(changed.message, "newPassword")
  revalidatePath(PROFILE)
  return { ok: true, message: changed.ended > 0 ? t("changedEnded", { count: changed.ended }) : t("changed") }
})

export const endSessionAction = serverAction({ kind: "signed-in" }, [z.uuid({ error: errorKey("sessionMissing") })], async ({ userId }, sessionId) => {
  const person = await signedInPerson(userId)
  if (!person) return refused(SIGNED_OUT)
  const t = await requestTranslator("sessions")
  if (sessionId === person.sessionId) return refused(t("current"))
  const ended = await endSessions(person, { sessionId }, await origin())
  revalidatePath(PROFILE)
  return ended ? { ok: true, message: t("ended") } : refused(t("alreadyEnded"))
})

export const endOtherSessionsAction = serverAction({ kind: "signed-in" }, [], async ({ userId }) => {
  const person = await signedInPerson(userId)
  if (!person) return refused(SIGNED_OUT)
  const t = await requestTranslator("sessions")
  const ended = await endSessions(person, { allBut: person.sessionId }, await origin())
  revalidatePath(PROFILE)
  return { ok: true, message: ended ? t("othersEnded", { count: ended }) : t("noOthers") }
})
