// The requests that keep coming while PostgreSQL restarts: an owner whose Users page is loaded on both instances and
// who sends invitations through A, and guests (invited beforehand, signed in) who accept through B.
import { linkIn } from "../../e2e/mailbox"
import { signInOverHttp } from "../http-sign-in"
import { mailsMatching, waitForMails } from "../mail-log"
import { onInstance } from "../pages"
import { createPeople, createPerson } from "../people"
import { serversOf, type RunContext } from "../scenario"
import type { TrickleSetup } from "../trickle"

// More than the trickle gets through: it stops as soon as recovery is shown.
const GUESTS = 30
const INVITES = 40
const MAIL_TIMEOUT_MS = 30_000

export async function prepareTrickle(context: RunContext) {
  const { a, b, browser } = serversOf(context)
  const { domain, postmark } = context
  const inviting = await createPerson(domain, "Busy Owner")
  const welcoming = await createPerson(domain, "Welcoming Owner")
  const guests = await createPeople(domain, "Returning Guest", GUESTS)
  const welcomingActor = await domain.actorFor(welcoming.userId, welcoming.accountId)
  for (const guest of guests) await domain.sendInvitation({ actor: welcomingActor, email: guest.email, roles: ["TECHNICAL"] })
  await waitForMails(postmark, guests.map((guest) => ({ to: guest.email })), MAIL_TIMEOUT_MS)
  const ownerCookie = await signInOverHttp(a.url, inviting.email, domain.password)

  // One after another: sign-ins in flight at once from one address count against its throttle (lib/rate-limit.ts).
  const signedInGuests = []
  for (const guest of guests) {
    const mail = mailsMatching(postmark, { to: guest.email })[0]!
    signedInGuests.push({
      email: guest.email,
      cookie: await signInOverHttp(b.url, guest.email, domain.password),
      link: onInstance(linkIn(mail, "/invitations/"), b.url),
    })
  }
  const setup: TrickleSetup = {
    browser,
    pages: { targets: [a, b], accountId: inviting.accountId, cookie: ownerCookie },
    invites: { target: a, accountId: inviting.accountId, cookie: ownerCookie, emails: Array.from({ length: INVITES }, () => domain.uniqueEmail("trickle")) },
    accepts: { target: b, guests: signedInGuests },
  }
  return { owners: { inviting, welcoming }, setup }
}
