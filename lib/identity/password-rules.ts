import "server-only"
import { ZxcvbnFactory } from "@zxcvbn-ts/core"
import * as common from "@zxcvbn-ts/language-common"
import * as english from "@zxcvbn-ts/language-en"
import { errorKey } from "@/lib/i18n/error-keys"

// Judged on the server with zxcvbn's estimator and its common-password and English dictionaries: a password it
// expects to fall to an offline guessing attack in a few hours (score below 3) is refused.
const MINIMUM_SCORE = 3
let estimator: ZxcvbnFactory | undefined
const estimate = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }))

export const TOO_EASY = errorKey("passwordTooEasy")
export const CONTAINS_YOU = errorKey("passwordContainsYou")

/** Why `password` may not be used by this person, or null when it may. */
export async function passwordProblem(password: string, person: { name: string; email: string }): Promise<string | null> {
  const lowered = password.toLowerCase()
  const own = [person.email, person.email.split("@")[0]!, ...person.name.split(/\s+/)].map((part) => part.toLowerCase()).filter((part) => part.length >= 3)
  if (own.some((part) => lowered.includes(part))) return CONTAINS_YOU
  const { score } = await estimate().check(password, own)
  return score < MINIMUM_SCORE ? TOO_EASY : null
}
