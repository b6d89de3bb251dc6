import "server-only"
import type { Actor } from "@/lib/actions/authorize"
import { emailField, normalizeEmail } from "@/lib/fields"
import type { Role } from "@/lib/generated/prisma/enums"
import type { Locale } from "@/lib/i18n/locales"
import type { Refusal } from "@/lib/refusal"
import { sendInvitation } from "./send"

/** How many addresses one request may invite. */
export const MAX_ADDRESSES = 20

/** What became of one address of a request. */
export type AddressOutcome = { email: string; outcome: "sent" | "resent" | "refused" | "invalid"; message: string }

/** The addresses typed in one field: separated by commas, semicolons, spaces or new lines, each once. */
export function splitAddresses(text: string): string[] {
  const seen = new Set<string>()
  return text.split(/[\s,;]+/).filter((address) => {
    const key = normalizeEmail(address)
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export type InviteAllResult = { ok: true; outcomes: AddressOutcome[] } | (Refusal & { field: "roles" | "form" })

/**
 * Invites each address with `roles`, one invitation (and one transaction) after another: an address that is invalid
 * or refused changes nothing for the others, and each counts against the daily limits. A refusal that would hold for
 * every address (roles the inviter lacks, an unconfirmed inviter, a limit already reached) refuses the request instead.
 */
export async function inviteAll({ actor, addresses, roles, locale, now }: { actor: Actor; addresses: string[]; roles: Role[]; locale?: Locale; now?: Date }): Promise<InviteAllResult> {
  const outcomes: AddressOutcome[] = []
  for (const typed of addresses) {
    const email = emailField.safeParse(typed)
    if (!email.success) {
      outcomes.push({ email: typed, outcome: "invalid", message: email.error.issues[0]!.message })
      continue
    }
    const result = await sendInvitation({ actor, email: email.data, roles, locale, now })
    if (result.ok) {
      outcomes.push({ email: email.data, outcome: result.resent ? "resent" : "sent", message: result.resent ? "Already invited: sent again" : "Invitation sent" })
    } else if (result.field === "email" || (result.field === "form" && outcomes.some((done) => done.outcome === "sent" || done.outcome === "resent"))) {
      // This address only, or a daily limit reached part way: the addresses before it stand.
      outcomes.push({ email: email.data, outcome: "refused", message: result.message })
    } else {
      return { ok: false, kind: result.kind, field: result.field === "roles" ? "roles" : "form", message: result.message }
    }
  }
  return { ok: true, outcomes }
}
