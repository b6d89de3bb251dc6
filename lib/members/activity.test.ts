import { describe, expect, it } from "vitest"
import { AuditAction } from "@/lib/generated/prisma/enums"
import en from "@/lib/i18n/messages/en.json"
import { activityWriter } from "./activity"

const describeActivity = activityWriter("en")
const owner = { name: "Olivia Owner" }
const guest = "tess@example.com"

describe("Activity lines", () => {
  it("use one verb per thing, name people who have an account, and list the roles given", () => {
    expect(describeActivity({ action: "INVITATION_SENT", targetEmail: guest, details: { roles: ["TECHNICAL", "ADMIN"] }, actor: owner })).toBe(
      "Olivia Owner invited tess@example.com (Technical, Admin)",
    )
    expect(describeActivity({ action: "INVITATION_RESENT", targetEmail: guest, details: { roles: ["TECHNICAL"] }, actor: owner })).toBe(
      "Olivia Owner resent the invitation to tess@example.com (Technical)",
    )
    expect(describeActivity({ action: "INVITATION_ACCEPTED", targetEmail: guest, details: { roles: ["TECHNICAL"] }, actor: { name: "Tess Technical" } })).toBe(
      "Tess Technical (tess@example.com) accepted the invitation (Technical)",
    )
    expect(describeActivity({ action: "MEMBER_ROLES_CHANGED", targetEmail: guest, details: { from: ["TECHNICAL"], to: ["BILLING"] }, actor: owner })).toBe(
      "Olivia Owner changed the roles of tess@example.com (Billing)",
    )
    // A person whose account is gone since is still shown by the address the invitation went to.
    expect(describeActivity({ action: "MEMBER_LEFT", targetEmail: guest, details: null, actor: null })).toBe("tess@example.com left the account")
  })

  it("are written in the reader's language from the event's kind and values", () => {
    const french = activityWriter("fr")
    expect(french({ action: "MEMBER_ROLES_CHANGED", targetEmail: guest, details: { from: ["TECHNICAL"], to: ["BILLING", "ADMIN"] }, actor: owner })).toBe(
      "Olivia Owner a modifié les rôles de tess@example.com (Facturation, Admin)",
    )
    expect(french({ action: "API_KEY_REVOKED", targetEmail: guest, details: { name: "CI" }, actor: owner, apiKey: { name: "Ops" } })).toBe(
      "Olivia Owner (clé d\u2019API \u00ab\u00a0Ops\u00a0\u00bb) a révoqué la clé d\u2019API \u00ab\u00a0CI\u00a0\u00bb",
    )
    expect(describeActivity({ action: "API_KEY_REVOKED", targetEmail: guest, details: { name: "CI" }, actor: owner, apiKey: { name: "Ops" } })).toBe(
      "Olivia Owner (API key \u201cOps\u201d) revoked the API key \u201cCI\u201d",
    )
  })

  it("have a sentence for every kind of event", () => {
    expect(Object.values(AuditAction).filter((action) => !(action in en.activity.sentences))).toEqual([])
  })
})
