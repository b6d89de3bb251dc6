// An invitee accepts while the owner sends the invitation again (with other roles). Either the accept wins (a
// member with the roles they accepted, the resend refused) or the resend wins (a new link; the old one no longer
// works). Never a member whose accepted invitation was re-sent and changed afterwards.
import { createPeople } from "../people"
import { Problems, type Scenario } from "../scenario"
import { ACCOUNTS, invite, race, ROUNDS, ROUNDS_PER_ACCOUNT, Tally, threw } from "./race-kit"

type InvitationState = { status: string; roles: string[]; members: number; mails: number }

export const acceptRacingResend: Scenario = {
  name: "accept racing resend",
  needsServers: false,
  async run({ domain, sql }) {
    const problems = new Problems()
    const tally = new Tally()
    const owners = await createPeople(domain, "Resending Owner", ACCOUNTS)
    const guests = await createPeople(domain, "Quick Guest", ROUNDS)

    for (const [round, guest] of guests.entries()) {
      const owner = owners[Math.floor(round / ROUNDS_PER_ACCOUNT)]!
      const ownerActor = await domain.actorFor(owner.userId, owner.accountId)
      const { invitationId, token } = await invite(domain, sql, owner, guest)
      const [accepted, resent] = await race(
        () => domain.acceptInvitation({ token, userId: guest.userId }),
        () => domain.sendInvitation({ actor: ownerActor, email: guest.email, roles: ["TECHNICAL"] }),
      )
      const [state] = await sql.query<InvitationState>(
        `SELECT i.status::text AS status, i.roles::text[] AS roles,
                (SELECT count(*)::int FROM "Membership" m WHERE m."accountId" = i."accountId" AND m."userId" = $2) AS members,
                (SELECT count(*)::int FROM "OutboxMail" o WHERE o."invitationId" = i.id AND o.template = 'invitation') AS mails
         FROM "Invitation" i WHERE i.id = $1`,
        [invitationId, guest.userId],
      )
      const acceptWon =
        accepted.ok && !resent.ok && state?.status === "ACCEPTED" && state.roles.length === 3 && state.members === 1 && state.mails === 1
      const resendWon =
        resent.ok && !threw(accepted) && !accepted.ok && accepted.reason === "invalid" && state?.status === "PENDING" && state.roles.join() === "TECHNICAL" && state.members === 0 && state.mails === 2
      tally.add(
        acceptWon
          ? "accepted (resend refused)"
          : resendWon
            ? "re-sent (old link refused)"
            : threw(accepted) || threw(resent)
              ? "failed with an error"
              : "inconsistent",
      )
      problems.expect(
        acceptWon || resendWon,
        `${guest.email}: accept ${JSON.stringify(accepted)}, resend ${JSON.stringify(resent)}, invitation ${JSON.stringify(state)}`,
      )
    }
    return { summary: `${ROUNDS} races of accept vs resend of one invitation: ${tally.describe()}`, problems: problems.list }
  },
}
