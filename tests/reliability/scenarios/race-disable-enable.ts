// The owner disables a member while an Admin enables them (from active: the enable has nothing to do unless the
// disable commits first). The last committed change wins, and the audit trail and mails say exactly what happened.
import { Problems, type Scenario } from "../scenario"
import { membersToRaceOver, memberEvents, membershipState } from "./member-race-setup"
import { race, ROUNDS, Tally, threw } from "./race-kit"

export const disableRacingEnable: Scenario = {
  name: "disable racing enable",
  needsServers: false,
  async run({ domain, sql }) {
    const problems = new Problems()
    const tally = new Tally()
    const members = await membersToRaceOver(domain, sql, "Status Race", ROUNDS)

    for (const { person, membershipId, ownerActor, adminActor } of members) {
      const [disabled, enabled] = await race(
        () => domain.setMemberStatus({ actor: ownerActor, membershipId, status: "DISABLED" }),
        () => domain.setMemberStatus({ actor: adminActor, membershipId, status: "ACTIVE" }),
      )
      const state = await membershipState(sql, membershipId)
      const events = (await memberEvents(sql, state.accountId, person.email)).join()
      const [mails] = await sql.query<{ disabled: number; enabled: number }>(
        `SELECT count(*) FILTER (WHERE template = 'member-disabled')::int AS disabled, count(*) FILTER (WHERE template = 'member-enabled')::int AS enabled
         FROM "OutboxMail" WHERE "to" = $1`,
        [person.email],
      )
      const enableWasNoOp = state.status === "DISABLED" && events === "MEMBER_DISABLED" && mails!.disabled === 1 && mails!.enabled === 0
      const enableCameLast =
        state.status === "ACTIVE" && events === "MEMBER_DISABLED,MEMBER_ENABLED" && mails!.disabled === 1 && mails!.enabled === 1
      const coherent = disabled.ok && enabled.ok && (enableWasNoOp || enableCameLast)
      tally.add(!coherent ? (threw(disabled) || threw(enabled) ? "failed with an error" : "inconsistent") : enableWasNoOp ? "ended disabled (enable came first, a no-op)" : "ended active (enable came last)")
      problems.expect(coherent, `${person.email}: ${state.status}, events ${events}, mails ${JSON.stringify(mails)}, results ${JSON.stringify([disabled, enabled])}`)
    }
    return { summary: `${ROUNDS} races of disable (owner) vs enable (Admin): ${tally.describe()}`, problems: problems.list }
  },
}
