import "server-only"
import { passwordRefusal } from "@/lib/auth/auth"
import { requestTranslator } from "@/lib/i18n/request-locale"
import { SIGN_IN_THROTTLE } from "@/lib/rate-limit"

/**
 * The password asked again before a sensitive change: null when it is right, else what to say next to the field,
 * in the reader's language (the throttle's as an errorKey, which the server action writes in it).
 */
export async function passwordRefusalText(email: string, password: string): Promise<string | null> {
  const refusal = await passwordRefusal(email, password)
  if (!refusal) return null
  if (refusal === "throttled") return SIGN_IN_THROTTLE.message
  const t = await requestTranslator("password")
  return t("refusals.wrong")
}
