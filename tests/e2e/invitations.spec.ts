import { expect, test } from "@playwright/test"
import { PASSWORD, pendingInvitations, signInToAccount, signOut, signUp, toast, uniqueEmail } from "./helpers"
import { linkIn, waitForMail } from "./mailbox"

test("the owner invites a new person, who signs up with the invited email, accepts and lands in the shared account", async ({ page }) => {
  const ownerEmail = uniqueEmail("owner")
  const guestEmail = uniqueEmail("guest")
  const accountId = await signUp(page, "Olivia Owner", ownerEmail)

  await page.goto(`/accounts/${accountId}/settings/users`)
  await page.getByRole("button", { name: "Send Invitation" }).click()
  await expect(page.getByLabel("Technical")).toBeChecked()
  await expect(page.getByLabel("Admin")).toBeChecked()
  await expect(page.getByLabel("Billing")).toBeChecked()
  await page.getByLabel("Billing").uncheck()
  await page.getByLabel("Email addresses").fill(`  ${guestEmail.toUpperCase()} `)
  await page.getByRole("button", { name: "Send request" }).click()

  await expect(toast(page, `Invitation sent to ${guestEmail}.`)).toBeVisible()
  const pending = pendingInvitations(page)
  await expect(pending.getByText(guestEmail)).toBeVisible()
  await expect(pending.getByText("Invited by Olivia Owner")).toBeVisible()
  await expect(pending.getByText(/Expires/)).toBeVisible()

  const invitationMail = await waitForMail({ to: guestEmail, subject: "Invitation to join \u201cOlivia Owner's account\u201d on Hitflow" })
  expect(invitationMail.TextBody).toContain("valid for 72 hours")
  const link = linkIn(invitationMail, "/invitations/")
  await signOut(page)

  await page.goto(link)
  await expect(page.getByRole("heading", { name: "Join Olivia Owner's account on Hitflow" })).toBeVisible()
  await page.getByRole("link", { name: "Create account" }).click()
  await expect(page.getByLabel("Email")).toHaveValue(guestEmail)
  await expect(page.getByLabel("Email")).toHaveAttribute("readonly", "")
  await page.getByLabel("Name").fill("Gus Guest")
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Create account" }).click()

  await expect(page.getByRole("button", { name: "Accept invitation" })).toBeVisible()
  await page.getByRole("button", { name: "Accept invitation" }).click()
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))
  await expect(page.getByTestId("current-account")).toContainText("Olivia Owner's account")
  const nav = page.getByRole("navigation", { name: "Main" })
  await expect(nav.getByRole("link", { name: "Users", exact: true })).toBeVisible()
  await expect(nav.getByRole("link", { name: "Billing", exact: true })).toHaveCount(0)

  const accepted = await waitForMail({ to: ownerEmail, subject: `Invitation accepted: ${guestEmail} joined \u201cOlivia Owner's account\u201d` })
  expect(accepted.TextBody).toContain(guestEmail)

  await signOut(page)
  await signInToAccount(page, ownerEmail)
  await page.goto(`/accounts/${accountId}/settings/users`)
  const members = page.getByRole("table", { name: "Members" })
  await expect(members.getByText("Gus Guest", { exact: true })).toBeVisible()
  await expect(members.getByText(guestEmail)).toBeVisible()
  await expect(page.getByText("No pending invitations.")).toBeVisible()

  await page.goto(link)
  await expect(page.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible()
})

test("an invitation link says plainly when it is not for you, cancelled, or not valid", async ({ page }) => {
  const guestEmail = uniqueEmail("guest")
  const accountId = await signUp(page, "Owner Two", uniqueEmail("owner"))
  await page.goto(`/accounts/${accountId}/settings/users`)
  await page.getByRole("button", { name: "Send Invitation" }).click()
  await page.getByLabel("Email addresses").fill(guestEmail)
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(pendingInvitations(page).getByText(guestEmail)).toBeVisible()
  const link = linkIn(await waitForMail({ to: guestEmail }), "/invitations/")

  // Signed in as the owner, i.e. with another email than the invited one.
  await page.goto(link)
  await expect(page.getByText(`This invitation was sent to ${guestEmail}; you are signed in as`)).toBeVisible()
  await expect(page.getByRole("button", { name: "Accept invitation" })).toHaveCount(0)

  await page.goto(`/accounts/${accountId}/settings/users`)
  await pendingInvitations(page).getByRole("button", { name: `Cancel the invitation to ${guestEmail}` }).click()
  await page.getByRole("alertdialog", { name: `Cancel the invitation to ${guestEmail}?` }).getByRole("button", { name: "Cancel invitation" }).click()
  await expect(toast(page, `Invitation to ${guestEmail} cancelled`)).toBeVisible()
  await expect(page.getByText("No pending invitations.")).toBeVisible()
  await page.goto(link)
  await expect(page.getByRole("heading", { name: "This invitation was cancelled" })).toBeVisible()

  await page.goto(`${link.slice(0, -4)}AAAA`)
  await expect(page.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible()
})

test("inviting yourself or an invalid address says so for that address, and too many or none next to the field", async ({ page }) => {
  const ownerEmail = uniqueEmail("owner")
  const accountId = await signUp(page, "Owner Three", ownerEmail)
  await page.goto(`/accounts/${accountId}/settings/users`)
  await page.getByRole("button", { name: "Send Invitation" }).click()
  const outcomes = page.getByRole("list", { name: "What became of each address" })
  await page.getByLabel("Email addresses").fill("not an email")
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(outcomes.getByText("Enter a valid email address, like name@example.com.")).toHaveCount(3) // "not", "an", "email"
  await page.getByLabel("Email addresses").fill(ownerEmail)
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(outcomes.getByText("You cannot invite yourself.")).toBeVisible()
  await page.getByLabel("Email addresses").fill(Array.from({ length: 21 }, (_, index) => `guest${index}@example.test`).join(", "))
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(page.getByText("Enter at most 20 addresses at once.")).toBeVisible()
  await page.getByLabel("Email addresses").fill("")
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(page.getByText("Enter at least one email address.")).toBeVisible()
  await page.getByLabel("Technical").uncheck()
  await page.getByLabel("Admin").uncheck()
  await page.getByLabel("Billing").uncheck()
  await page.getByLabel("Email addresses").fill(uniqueEmail("someone"))
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(page.getByText("Choose at least one role.")).toBeVisible()
  await expect(page.getByText("No pending invitations.")).toBeVisible()
})
