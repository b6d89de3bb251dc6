// Three production servers on one database (behind the pooler in CI): invitations sent through instance A's pages
// are accepted through B's and C's, while all three deliverers drain the one outbox. Every mail arrives exactly once.
import { signInOverHttp } from "../http-sign-in"
import { countBySender, duplicateCount, mailsMatching, waitForMails, type MailMatch } from "../mail-log"
import { acceptInvitationInPage, inviteInOpenForm, onInstance, openInviteForm } from "../pages"
import { createPeople, type Person } from "../people"
import { switchSession } from "../browser"
import { linkIn } from "../../e2e/mailbox"
import { Problems, serversOf, type Scenario } from "../scenario"

const OWNERS = 3
const GUESTS_PER_OWNER = 4
/** Invitations queued straight into the outbox at once, for every deliverer to pick up on its next tick. */
const BURST = 60
const MAIL_TIMEOUT_MS = 30_000

export const threeInstances: Scenario = {
  name: "three instances",
  needsServers: true,
  async run(context) {
    const { a, b, c, browser } = serversOf(context)
    const { domain, postmark, sql } = context
    const problems = new Problems()
    const owners = await createPeople(domain, "Shared Owner", OWNERS)
    const guests = new Map<Person, Person[]>()
    for (const owner of owners) guests.set(owner, await createPeople(domain, "Roaming Guest", GUESTS_PER_OWNER))

    // Through A's pages: each owner invites their guests on Settings → Users.
    const ownerPage = await (await browser.newContext()).newPage()
    for (const owner of owners) {
      await switchSession(ownerPage.context(), await signInOverHttp(a.url, owner.email, domain.password))
      await openInviteForm(ownerPage, a.url, owner.accountId)
      for (const guest of guests.get(owner)!) await inviteInOpenForm(ownerPage, guest.email)
    }
    await ownerPage.context().close()
    const invitationMails: MailMatch[] = owners.flatMap((owner) =>
      guests.get(owner)!.map((guest) => ({ to: guest.email, subject: `\u201c${owner.name}'s account\u201d` })),
    )
    await waitForMails(postmark, invitationMails, MAIL_TIMEOUT_MS)

    // Straight into the outbox, no wake-up call: whichever deliverer ticks next takes each batch.
    const burstMails: MailMatch[] = []
    for (let index = 0; index < BURST; index++) {
      const owner = owners[index % OWNERS]!
      const email = domain.uniqueEmail("burst")
      const sent = await domain.sendInvitation({ actor: await domain.actorFor(owner.userId, owner.accountId), email, roles: ["TECHNICAL"] })
      problems.expect(sent.ok, `queueing an invitation to ${email} failed: ${JSON.stringify(sent)}`)
      burstMails.push({ to: email, subject: `\u201c${owner.name}'s account\u201d` })
    }

    // Through B's and C's pages, in turn: every guest opens their mailed link there and accepts.
    const guestPage = await (await browser.newContext()).newPage()
    for (const [index, guest] of [...guests.values()].flat().entries()) {
      const mail = mailsMatching(postmark, { to: guest.email })[0]
      if (!mail) continue // reported below as a lost invitation mail
      const instance = index % 2 === 0 ? b : c
      await switchSession(guestPage.context(), await signInOverHttp(instance.url, guest.email, domain.password))
      await acceptInvitationInPage(guestPage, onInstance(linkIn(mail, "/invitations/"), instance.url))
    }
    await guestPage.context().close()
    const acceptanceMails: MailMatch[] = owners.flatMap((owner) =>
      guests.get(owner)!.map((guest) => ({ to: owner.email, subject: `Invitation accepted: ${guest.email} joined` })),
    )

    const expected = [...invitationMails, ...burstMails, ...acceptanceMails]
    const copies = await waitForMails(postmark, expected, MAIL_TIMEOUT_MS)
    const lost = copies.filter((count) => count === 0).length
    const duplicated = copies.filter((count) => count > 1).length
    problems.expect(lost === 0, `${lost} expected mail(s) never arrived`)
    problems.expect(duplicated === 0, `${duplicated} mail(s) arrived more than once`)

    const [members] = await sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Membership" WHERE "accountId" = ANY($1::uuid[])`,
      [owners.map((owner) => owner.accountId)],
    )
    const guestCount = OWNERS * GUESTS_PER_OWNER
    problems.expect(members!.count === guestCount, `${members!.count} memberships, expected ${guestCount}`)

    const received = expected.flatMap((match) => mailsMatching(postmark, match))
    const bySender = countBySender(received)
    // Each acceptance wakes the deliverer of the instance that took it: B and C both send.
    const senders = ["A", "B", "C"].filter((name) => (bySender[name] ?? 0) > 0)
    problems.expect(senders.length === 3, `all three deliverers should have sent mail, got ${JSON.stringify(bySender)}`)
    return {
      summary:
        `${guestCount} invitations sent via :${a.port} and accepted via :${b.port} and :${c.port} (${members!.count} memberships), plus ${BURST} queued at once; ` +
        `${expected.length} mails expected, ${received.length} received (A sent ${bySender.A ?? 0}, B ${bySender.B ?? 0}, C ${bySender.C ?? 0}), ` +
        `${duplicateCount(received)} duplicates, ${lost} lost`,
      problems: problems.list,
    }
  },
}
