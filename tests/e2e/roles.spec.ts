import { expect, test } from "@playwright/test"
import { accept, invite, memberRow, signUp, toast, uniqueEmail } from "./helpers"

test("a Technical-only member sees only Technical modules, gets a real 403 on Billing, and gains it as soon as the owner adds it", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage()
  const memberPage = await (await browser.newContext()).newPage()
  const memberEmail = uniqueEmail("tech")
  const accountId = await signUp(ownerPage, "Olivia Owner", uniqueEmail("owner"))
  await signUp(memberPage, "Tess Technical", memberEmail)

  await accept(memberPage, await invite(ownerPage, accountId, memberEmail, ["Technical"]))
  await expect(memberPage).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))
  const nav = memberPage.getByRole("navigation", { name: "Main" })
  for (const module of ["Dashboard", "Availability", "SSL Certificates", "Domain names", "Servers", "Status Pages", "Maintenance"]) {
    await expect(nav.getByRole("link", { name: module, exact: true })).toBeVisible()
  }
  for (const module of ["Contacts", "Reports", "Accounts", "Users", "APIs", "Offers", "Billing"]) {
    await expect(nav.getByRole("link", { name: module, exact: true })).toHaveCount(0)
  }

  const refused = await memberPage.goto(`/accounts/${accountId}/settings/billing`)
  expect(refused?.status()).toBe(403)
  await expect(memberPage.getByRole("heading", { name: "You cannot open Billing" })).toBeVisible()
  await expect(memberPage.getByRole("main")).toContainText("Billing is open to members with the Billing (opens Offers and Billing) role")

  await ownerPage.goto(`/accounts/${accountId}/settings/users`)
  const row = memberRow(ownerPage, memberEmail)
  await row.getByRole("button", { name: "Edit roles for Tess Technical" }).click()
  const rolesForm = ownerPage.getByRole("dialog", { name: "Roles of Tess Technical" }).getByRole("form", { name: "Roles of Tess Technical" })
  await rolesForm.getByLabel("Billing").check()
  await rolesForm.getByRole("button", { name: "Save" }).click()
  await expect(toast(ownerPage, "Roles of Tess Technical updated")).toBeVisible()
  await expect(rolesForm).toBeHidden()
  await expect(row.getByText("Billing", { exact: true })).toBeVisible()

  const allowed = await memberPage.goto(`/accounts/${accountId}/settings/billing`)
  expect(allowed?.status()).toBe(200)
  await expect(memberPage.getByRole("heading", { name: "Billing" })).toBeVisible()
  await expect(nav.getByRole("link", { name: "Offers", exact: true })).toBeVisible()
})
