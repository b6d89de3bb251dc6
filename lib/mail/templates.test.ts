import { describe, expect, test } from "vitest"
import type { Reader } from "@/lib/format"
import { renderMail, type MailTemplateName, type MailTemplates } from "./templates"
import InvitationEmail from "@/lib/mail/emails/invitation"
import InvitationAcceptedEmail from "@/lib/mail/emails/invitation-accepted"
import MemberDisabledEmail from "@/lib/mail/emails/member-disabled"
import MemberEnabledEmail from "@/lib/mail/emails/member-enabled"
import MemberLeftEmail from "@/lib/mail/emails/member-left"
import MemberRemovedEmail from "@/lib/mail/emails/member-removed"
import ConfirmEmail from "@/lib/mail/emails/confirm-email"
import SignUpAttemptEmail from "@/lib/mail/emails/sign-up-attempt"
import PasswordResetEmail from "@/lib/mail/emails/password-reset"
import PasswordChangedEmail from "@/lib/mail/emails/password-changed"
import SessionsEndedEmail from "@/lib/mail/emails/sessions-ended"
import TwoFactorChangedEmail from "@/lib/mail/emails/two-factor-changed"
import RecoveryCodeUsedEmail from "@/lib/mail/emails/recovery-code-used"
import TwoFactorRequiredEmail from "@/lib/mail/emails/two-factor-required"
import OwnershipOfferedEmail from "@/lib/mail/emails/ownership-offered"
import OwnershipTransferredEmail from "@/lib/mail/emails/ownership-transferred"
import AccountDeletedEmail from "@/lib/mail/emails/account-deleted"
import GoodbyeEmail from "@/lib/mail/emails/goodbye"
import WebhookDisabledEmail from "@/lib/mail/emails/webhook-disabled"

// Readers in two languages and zones: dates are written in the reader's zone, which is named.
const english: Reader = { locale: "en", timeZone: "UTC" }
const french: Reader = { locale: "fr", timeZone: "Europe/Paris" }

const invitation: MailTemplates["invitation"] = {
  accountName: "Acme Production",
  inviterName: "Ada Lovelace",
  inviterEmail: "ada@acme.example",
  roles: ["TECHNICAL", "BILLING"],
  acceptUrl: "https://app.hitflow.example/invitations/tok_123?x=1&y=2",
  expiresAt: "2026-12-01T14:30:00.000Z",
}

describe("the invitation mail", () => {
  test("names the account, the inviter and the roles, links to the invitation and says how long it is valid", async () => {
    const mail = await renderMail("invitation", invitation, english)
    expect(mail.subject).toBe("Invitation to join \u201cAcme Production\u201d on Hitflow")
    for (const body of [mail.html, mail.text]) {
      expect(body).toContain("\u201cAcme Production\u201d")
      expect(body).toContain("\u201cAda Lovelace\u201d")
      expect(body).toContain("ada@acme.example")
      expect(body).toContain("Technical and Billing")
      expect(body).toContain("valid for 72 hours")
      expect(body).toContain("1 December 2026 at 14:30 (UTC)")
    }
    expect(mail.text).toContain(invitation.acceptUrl)
    expect(mail.html).toContain('href="https://app.hitflow.example/invitations/tok_123?x=1&amp;y=2"')
  })

  test("opens its subject with our own words and quotes what people typed, so a name cannot pose as a message", async () => {
    const lure = "IT Support: your password expires today"
    const mail = await renderMail("invitation", { ...invitation, inviterName: lure, accountName: lure }, english)
    expect(mail.subject).toBe(`Invitation to join \u201c${lure}\u201d on Hitflow`)
    expect(mail.text).toContain(`\u201c${lure}\u201d (ada@acme.example) invited you`)
    expect(mail.text).not.toMatch(new RegExp(`(^|[^\u201c])${lure}`))
  })

  test("escapes what people typed, so a name cannot inject markup", async () => {
    const mail = await renderMail("invitation", { ...invitation, accountName: "<b>Evil</b> & Co", inviterName: "<script>x</script>" }, english)
    expect(mail.html).not.toContain("<b>Evil</b>")
    expect(mail.html).not.toContain("<script>x</script>")
    expect(mail.html).toContain("&lt;b&gt;Evil&lt;/b&gt; &amp; Co")
  })

  test("is written in French for a French reader, its date in their zone, which is named", async () => {
    const mail = await renderMail("invitation", { ...invitation, expiresAt: "2026-12-04T20:15:00.000Z" }, french)
    expect(mail.subject).toBe("Invitation \u00e0 rejoindre \u00ab\u00a0Acme Production\u00a0\u00bb sur Hitflow")
    expect(mail.html).toContain('lang="fr"')
    for (const body of [mail.html, mail.text]) {
      expect(body).toContain("(ada@acme.example) vous invite \u00e0 rejoindre le compte Hitflow")
      expect(body).toContain("les r\u00f4les")
      expect(body).toContain("Technique et Facturation")
      expect(body).toContain("valable 72\u00a0heures, jusqu\u2019au vendredi 4 d\u00e9cembre 2026 \u00e0 21:15 (heure d\u2019Europe centrale)")
      expect(body).toContain("Accepter l\u2019invitation")
      expect(body).not.toMatch(/invited you|Accept the invitation|valid for/)
    }
    expect(mail.text).toContain("\u00ab\u00a0Ada Lovelace\u00a0\u00bb (ada@acme.example) vous invite")
  })
})

const accepted: MailTemplates["invitation-accepted"] = {
  accountName: "Acme Production",
  memberName: "Grace Hopper",
  memberEmail: "grace@example.com",
  roles: ["TECHNICAL", "BILLING"],
  usersUrl: "https://app.hitflow.example/accounts/a1/settings/users",
}

test("the acceptance mail tells the inviter who joined, with which roles, and links to the users page", async () => {
  const mail = await renderMail("invitation-accepted", accepted, english)
  expect(mail.text).toContain("with the roles Technical and Billing.")
  expect(mail.subject).toBe("Invitation accepted: grace@example.com joined \u201cAcme Production\u201d")
  expect(mail.text).toContain("\u201cGrace Hopper\u201d (grace@example.com) accepted your invitation")
  expect(mail.text).toContain("https://app.hitflow.example/accounts/a1/settings/users")
})

test("the acceptance mail speaks French to a French owner", async () => {
  const mail = await renderMail("invitation-accepted", { ...accepted, roles: ["ADMIN"] }, french)
  expect(mail.subject).toBe("Invitation accept\u00e9e\u00a0: grace@example.com a rejoint \u00ab\u00a0Acme Production\u00a0\u00bb")
  expect(mail.text).toContain("\u00ab\u00a0Grace Hopper\u00a0\u00bb (grace@example.com) a accept\u00e9 votre invitation")
  expect(mail.text).toContain("avec le r\u00f4le Admin.")
  expect(mail.text).toContain("G\u00e9rer les utilisateurs")
})

type AccountMail =
  | "invitation"
  | "invitation-accepted"
  | "member-disabled"
  | "member-enabled"
  | "member-removed"
  | "member-left"
  | "two-factor-required"
  | "ownership-offered"
  | "ownership-transferred"
  | "account-deleted"
  | "webhook-disabled"
type Previews<Names extends MailTemplateName> = { [Name in Names]: { PreviewProps: MailTemplates[Name] } }

// Each template's preview data (what `npm run email` shows) must render: a mail about an account names it.
const accountPreviews: Previews<AccountMail> = {
  invitation: InvitationEmail,
  "invitation-accepted": InvitationAcceptedEmail,
  "member-disabled": MemberDisabledEmail,
  "member-enabled": MemberEnabledEmail,
  "member-removed": MemberRemovedEmail,
  "member-left": MemberLeftEmail,
  "two-factor-required": TwoFactorRequiredEmail,
  "ownership-offered": OwnershipOfferedEmail,
  "ownership-transferred": OwnershipTransferredEmail,
  "account-deleted": AccountDeletedEmail,
  "webhook-disabled": WebhookDisabledEmail,
}
// A mail about the person's own sign-in names what happened and, where it has one, carries its link in the text.
const personalPreviews: Previews<Exclude<MailTemplateName, AccountMail>> = {
  "confirm-email": ConfirmEmail,
  "sign-up-attempt": SignUpAttemptEmail,
  "password-reset": PasswordResetEmail,
  "password-changed": PasswordChangedEmail,
  "sessions-ended": SessionsEndedEmail,
  "two-factor-changed": TwoFactorChangedEmail,
  "recovery-code-used": RecoveryCodeUsedEmail,
  goodbye: GoodbyeEmail,
}

test.each(Object.keys(accountPreviews) as AccountMail[])("the %s mail renders its preview in HTML and text", async (name) => {
  const mail = await renderMail(name, accountPreviews[name].PreviewProps as never, english)
  expect(mail.subject).toContain("Acme Production")
  expect(mail.html).toMatch(/^<!DOCTYPE html/)
  expect(mail.text).toContain("Acme Production")
  expect(mail.text).not.toContain("<")
})

test.each(Object.keys(personalPreviews) as (keyof typeof personalPreviews)[])("the %s mail renders its preview in HTML and text", async (name) => {
  const props = personalPreviews[name].PreviewProps
  const mail = await renderMail(name, props as never, english)
  expect(mail.subject).toMatch(/Hitflow/)
  expect(mail.html).toMatch(/^<!DOCTYPE html/)
  expect(mail.text).not.toContain("<")
  for (const link of ["confirmUrl", "resetUrl", "profileUrl"] as const) {
    if (link in props) expect(mail.text).toContain((props as Record<string, string>)[link])
  }
})

const previews = { ...accountPreviews, ...personalPreviews }
test.each(Object.keys(previews) as MailTemplateName[])("the %s mail has its French wording, footer included", async (name) => {
  const props = previews[name].PreviewProps as never
  const [inEnglish, inFrench] = await Promise.all([renderMail(name, props, english), renderMail(name, props, french)])
  expect(inFrench.subject).not.toBe(inEnglish.subject)
  expect(inFrench.text).toContain("la surveillance de disponibilit\u00e9")
  expect(inFrench.text).not.toMatch(/\b(the|you|your)\b/i)
})
