import { expect, test } from "@playwright/test"
import { accept, invite, memberRow, PASSWORD, signIn, signUp, toast, uniqueEmail } from "./helpers"
import { linkIn, waitForMail } from "./mailbox"

test("the owner transfers the account to an Admin, who accepts from the mail: they are the Owner, the former owner a member", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage()
  const admin = await (await browser.newContext()).newPage()
  const ownerEmail = uniqueEmail("olga")
  const adminEmail = uniqueEmail("arno")
  const accountId = await signUp(owner, "Olga Owner", ownerEmail)
  await signUp(admin, "Arno Admin", adminEmail)
  await accept(admin, await invite(owner, accountId, adminEmail, ["Admin", "Technical"]))

  await owner.goto(`/accounts/${accountId}/settings/accounts`)
  await owner.getByLabel("New owner").selectOption({ label: `Arno Admin (${adminEmail})` })
  await owner.getByLabel("Your password").fill("not my password at all")
  await owner.getByRole("button", { name: "Transfer ownership" }).click()
  await expect(owner.getByText("This is not your password.")).toBeVisible()
  await owner.getByLabel("New owner").selectOption({ label: `Arno Admin (${adminEmail})` })
  await owner.getByLabel("Your password").fill(PASSWORD)
  await owner.getByRole("button", { name: "Transfer ownership" }).click()
  await expect(toast(owner, "Transfer offered to Arno Admin.")).toBeVisible()
  await expect(owner.getByText(/Waiting for Arno Admin/)).toBeVisible()

  const mail = await waitForMail({ to: adminEmail, subject: "You are offered the ownership of \u201cOlga Owner's account\u201d on Hitflow" })
  await admin.goto(linkIn(mail, "/ownership-transfers/"))
  await expect(admin.getByRole("heading", { name: "Become the owner of Olga Owner's account" })).toBeVisible()
  await admin.getByRole("button", { name: "Accept ownership" }).click()
  await expect(admin).toHaveURL(new RegExp(`/accounts/${accountId}/settings/users$`))
  await expect(memberRow(admin, adminEmail)).toContainText("Owner")
  await expect(memberRow(admin, ownerEmail)).toContainText("Technical")
  await waitForMail({ to: ownerEmail, subject: "The ownership of \u201cOlga Owner's account\u201d was transferred" })

  await owner.goto(`/accounts/${accountId}/settings/users`)
  const self = memberRow(owner, ownerEmail)
  await expect(self).toContainText("Admin")
  await expect(self).not.toContainText("Owner since")
  await owner.goto(`/accounts/${accountId}/settings/accounts`)
  await expect(owner.getByText("Only the owner of the account can transfer it.")).toBeVisible()
})

test("deleting a user who owns an account and belongs to another: its members lose access, the other owner is mailed, signing in fails", async ({ browser }) => {
  const leaver = await (await browser.newContext()).newPage()
  const member = await (await browser.newContext()).newPage()
  const host = await (await browser.newContext()).newPage()
  const leaverEmail = uniqueEmail("lea")
  const memberEmail = uniqueEmail("max")
  const hostEmail = uniqueEmail("hugo")
  const ownedAccount = await signUp(leaver, "Lea Leaving", leaverEmail)
  await signUp(member, "Max Member", memberEmail)
  const hostAccount = await signUp(host, "Hugo Host", hostEmail)
  await accept(member, await invite(leaver, ownedAccount, memberEmail, ["Technical"]))
  await accept(leaver, await invite(host, hostAccount, leaverEmail, ["Technical"]))

  // Export my data first: a JSON download of what Hitflow holds about her.
  await leaver.goto("/profile")
  const downloading = leaver.waitForEvent("download")
  await leaver.getByRole("link", { name: "Export my data" }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^hitflow-data-\d{4}-\d{2}-\d{2}\.json$/)
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")))
  expect(exported.profile.email).toBe(leaverEmail)
  expect(exported.ownedAccounts[0].members[0].email).toBe(memberEmail)
  expect(exported.memberships[0].account.name).toBe("Hugo Host's account")

  await leaver.getByRole("button", { name: "Delete my Hitflow user" }).click()
  const dialog = leaver.getByRole("dialog", { name: "Delete your Hitflow user?" })
  await expect(dialog).toContainText("Lea Leaving's account (1 member)")
  await expect(dialog).toContainText("You leave Hugo Host's account")
  await dialog.getByLabel("Password").fill(PASSWORD)
  await dialog.getByRole("button", { name: "Delete my Hitflow user" }).click()
  await expect(leaver).toHaveURL(/\/sign-in\?notice=deleted/)
  await expect(leaver.getByText("Your Hitflow user was deleted.")).toBeVisible()
  await waitForMail({ to: leaverEmail, subject: "Your Hitflow user was deleted" })

  expect((await member.goto(`/accounts/${ownedAccount}/dashboard`))?.status()).toBe(404)
  await waitForMail({ to: memberEmail, subject: "The Hitflow account \u201cLea Leaving's account\u201d was deleted" })
  await waitForMail({ to: hostEmail, subject: /left/ })
  await host.goto(`/accounts/${hostAccount}/settings/users/activity`)
  await expect(host.getByText(`${leaverEmail} left the account`)).toBeVisible()

  await signIn(leaver, leaverEmail)
  await expect(leaver.getByText("Email or password is incorrect.")).toBeVisible()
})
