// The owner cancels an invitation in one tab while sending it again in another. Either the cancel comes first (the
// send then invites anew) or the resend does (the cancel then cancels the re-sent invitation). Both answer normally.
import { createPeople } from "../people"
import { Problems, type Scenario } from "../scenario"
import { ACCOUNTS, race, ROUNDS, ROUNDS_PER_ACCOUNT, Tally, threw } from "./race-kit"

export const cancelRacingResend: Scenario = {
  name: "cancel racing resend",
  needsServers: false,
  async run({ domain, sql }) {
    const problems = new Problems()
    const tally = new Tally()
    const owners = await createPeople(domain, "Two-Tab Owner", ACCOUNTS)

    for (let round = 0; round < ROUNDS; round++) {
      const owner = owners[Math.floor(round / ROUNDS_PER_ACCOUNT)]!
      const actor = await domain.actorFor(owner.userId, owner.accountId)
      const email = domain.uniqueEmail("invitee")
      const sent = await domain.sendInvitation({ actor, email, roles: ["TECHNICAL"] })
      if (!sent.ok) throw new Error(`could not invite ${email}: ${sent.message}`)
      const [cancelled, resent] = await race(
        () => domain.cancelInvitation({ actor, invitationId: sent.invitationId }),
        () => domain.sendInvitation({ actor, email, roles: ["TECHNICAL", "ADMIN"] }),
      )
      const states = await sql.query<{ status: string }>(
        `SELECT status::text AS status FROM "Invitation" WHERE "accountId" = $1 AND email = $2 ORDER BY "createdAt", id`,
        [owner.accountId, email],
      )
      const statuses = states.map((state) => state.status).join()
      const cancelFirst = cancelled.ok && resent.ok && !threw(resent) && !resent.resent && statuses === "CANCELLED,PENDING"
      const resendFirst = cancelled.ok && resent.ok && !threw(resent) && resent.resent && statuses === "CANCELLED"
      tally.add(
        cancelFirst
          ? "cancelled, then invited anew"
          : resendFirst
            ? "re-sent, then cancelled"
            : threw(cancelled) || threw(resent)
              ? "failed with an error"
              : "inconsistent",
      )
      problems.expect(cancelFirst || resendFirst, `${email}: cancel ${JSON.stringify(cancelled)}, resend ${JSON.stringify(resent)}, invitations ${statuses}`)
    }
    return { summary: `${ROUNDS} races of cancel vs resend of one invitation: ${tally.describe()}`, problems: problems.list }
  },
}
