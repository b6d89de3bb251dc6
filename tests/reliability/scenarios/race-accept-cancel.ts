// An invitee accepts at the very moment the owner cancels the invitation: exactly one of them wins, and the other is
// told the invitation is no longer pending. Never a membership from a cancelled invitation, never neither.
import { createPeople } from "../people"
import { Problems, type Scenario } from "../scenario"
import { ACCOUNTS, invite, race, ROUNDS, ROUNDS_PER_ACCOUNT, Tally, threw } from "./race-kit"

export const acceptRacingCancel: Scenario = {
  name: "accept racing cancel",
  needsServers: false,
  async run({ domain, sql }) {
    const problems = new Problems()
    const tally = new Tally()
    const owners = await createPeople(domain, "Cancelling Owner", ACCOUNTS)
    const guests = await createPeople(domain, "Hasty Guest", ROUNDS)

    for (const [round, guest] of guests.entries()) {
      const owner = owners[Math.floor(round / ROUNDS_PER_ACCOUNT)]!
      const ownerActor = await domain.actorFor(owner.userId, owner.accountId)
      const { invitationId, token } = await invite(domain, sql, owner, guest)
      const [accepted, cancelled] = await race(
        () => domain.acceptInvitation({ token, userId: guest.userId }),
        () => domain.cancelInvitation({ actor: ownerActor, invitationId }),
      )
      const [state] = await sql.query<{ status: string; members: number }>(
        `SELECT i.status::text AS status, (SELECT count(*)::int FROM "Membership" m WHERE m."accountId" = i."accountId" AND m."userId" = $2) AS members
         FROM "Invitation" i WHERE i.id = $1`,
        [invitationId, guest.userId],
      )
      const acceptWon = accepted.ok && !cancelled.ok && state?.status === "ACCEPTED" && state.members === 1
      const cancelWon = cancelled.ok && !threw(accepted) && !accepted.ok && accepted.reason === "cancelled" && state?.status === "CANCELLED" && state.members === 0
      tally.add(acceptWon ? "accepted" : cancelWon ? "cancelled" : threw(accepted) || threw(cancelled) ? "failed with an error" : "inconsistent")
      problems.expect(
        acceptWon || cancelWon,
        `${guest.email}: accept ${JSON.stringify(accepted)}, cancel ${JSON.stringify(cancelled)}, invitation ${state?.status}, ${state?.members} membership(s)`,
      )
    }
    return { summary: `${ROUNDS} races of accept vs cancel of one invitation: ${tally.describe()}`, problems: problems.list }
  },
}
