"use server"

import { headers } from "next/headers"
import { redirect } from "next/navigation"
import { z } from "zod"
import { formData, refused, serverAction } from "@/lib/actions/server-action"
import { endSession } from "@/lib/auth/auth"
import { db } from "@/lib/db"
import { requestTranslator } from "@/lib/i18n/request-locale"
import { TWO_FACTOR_THROTTLE } from "@/lib/rate-limit"
import { passwordRefusalText } from "@/lib/identity/password-refusal"
import { requestOrigin } from "@/lib/identity/security-events"
import { signedInPerson } from "@/lib/identity/signed-in-person"
import { proveSecondFactor, secondFactorFrom } from "@/lib/two-factor/second-factor"
import { deleteUser } from "./delete-user"
import { errorKey } from "@/lib/i18n/error-keys"

const deletion = formData({
  password: z.string({ error: errorKey("yourPasswordMissing") }).min(1, { error: errorKey("yourPasswordMissing") }).max(200),
  code: z.string().trim().max(40, { error: errorKey("codeWrong") }).optional(),
  /** The accounts the dialog listed as deleted with the user, by id. */
  owned: z
    .string()
    .max(20_000)
    .transform((ids) => ids.split(",").filter(Boolean))
    .pipe(z.array(z.uuid()))
    .default([]),
})

/**
 * Delete my Hitflow user: the password, and a current code (or a recovery code) where two-factor is on. Then the
 * session ends and the sign-in page says it is done.
 */
export const deleteUserAction = serverAction({ kind: "signed-in" }, [z.unknown(), deletion], async ({ userId }, _previous, form) => {
  const person = await signedInPerson(userId)
  if (!person) return refused(errorKey("sessionEnded"))
  const wrongPassword = await passwordRefusalText(person.email, form.password)
  if (wrongPassword) return refused(wrongPassword, "password")
  const { twoFactorEnabledAt } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { twoFactorEnabledAt: true } })
  if (twoFactorEnabledAt) {
    const twoFactor = await requestTranslator("twoFactor")
    if (!form.code) return refused(twoFactor("refusals.enter-code-or-recovery"), "code")
    const proven = await proveSecondFactor(userId, secondFactorFrom(form.code), requestOrigin(await headers()))
    if (!proven.ok) return refused(proven.reason === "throttled" ? TWO_FACTOR_THROTTLE.message : twoFactor("refusals.wrong-code"), "code")
  }
  const deleted = await deleteUser(person, new Date(), form.owned)
  if ("changed" in deleted) {
    const t = await requestTranslator("deleteUser")
    return refused(t("accountsChanged"))
  }
  await endSession()
  redirect("/sign-in?notice=deleted")
})
