import "server-only"
import { passwordRefusal } from "@/lib/auth/auth"
import { requestTranslator } from "@/lib/i18n/request-locale"

/**
 * The password asked again before a sensitive change: null when it is right, else what to say next to the field,
 * in the reader's language.
 */
export async function passwordRefusalText(email: string, password: string): Promise<string | null> {
  const refusal = await passwordRefusal(email, password)
  if (!refusal) return null
  const t = await requestTranslator("password")
  return t(`refusals.${refusal}`)
}
