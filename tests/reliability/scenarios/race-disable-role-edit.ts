// The owner disables a member while an Admin edits the member's roles: both changes apply, in either order, and the
// member stays disabled with the new roles. A role edit never brings a disabled member back.
import { Problems, type Scenario } from "../scenario"
import { membersToRaceOver, memberEvents, membershipState } from "./member-race-setup"
import { race, ROUNDS, Tally, threw } from "./race-kit"

export const disableRacingRoleEdit: Scenario = {
  name: "disable racing role edit",
  needsServers: false,
  async run({ domain, sql }) {
    const problems = new Problems()
    const tally = new Tally()
    const members = await membersToRaceOver(domain, sql, "Role Race", ROUNDS)

    for (const { person, membershipId, ownerActor, adminActor } of members) {
      const [disabled, edited] = await race(
        () => domain.setMemberStatus({ actor: ownerActor, membershipId, status: "DISABLED" }),
        () => domain.changeMemberRoles({ actor: adminActor, membershipId, roles: ["TECHNICAL"] }),
      )
      const state = await membershipState(sql, membershipId)
      const events = await memberEvents(sql, state.accountId, person.email)
      const coherent =
        disabled.ok && edited.ok && state.status === "DISABLED" && state.roles.join() === "TECHNICAL" && events.toSorted().join() === "MEMBER_DISABLED,MEMBER_ROLES_CHANGED"
      tally.add(!coherent ? (threw(disabled) || threw(edited) ? "failed with an error" : "inconsistent") : events[0] === "MEMBER_DISABLED" ? "disabled first" : "roles edited first")
      problems.expect(coherent, `${person.email}: disable ${JSON.stringify(disabled)}, edit ${JSON.stringify(edited)}, ${state.status} ${state.roles}, events ${events}`)
    }
    return {
      summary: `${ROUNDS} races of disable (owner) vs role edit (Admin): ${tally.describe()}; every member ends disabled with the edited roles`,
      problems: problems.list,
    }
  },
}
