import { expect, test, type Page } from "@playwright/test"
import { accept, invite, signIn, signOut, signUp, uniqueEmail } from "./helpers"

async function openMenu(page: Page) {
  await page.getByTestId("current-account").click()
  return page.getByRole("region", { name: "Your accounts" })
}

function entry(menu: ReturnType<Page["getByRole"]>, accountName: string) {
  return menu.getByTestId("account-entry").filter({ hasText: accountName })
}

test("a person in two shared accounts and their own switches between all three; disable, enable and delete show up at once", async ({ browser }) => {
  const ownerA = await (await browser.newContext()).newPage()
  const ownerB = await (await browser.newContext()).newPage()
  const person = await (await browser.newContext()).newPage()
  const personEmail = uniqueEmail("pat")
  const accountA = await signUp(ownerA, "Alice", uniqueEmail("alice"))
  const accountB = await signUp(ownerB, "Bob", uniqueEmail("bob"))
  const ownAccount = await signUp(person, "Pat", personEmail)

  await accept(person, await invite(ownerA, accountA, personEmail, ["Technical", "Admin"]))
  await accept(person, await invite(ownerB, accountB, personEmail, ["Billing"]))
  await expect(person).toHaveURL(new RegExp(`/accounts/${accountB}/settings/offers$`))

  let menu = await openMenu(person)
  await expect(menu.getByTestId("account-entry")).toHaveCount(3)
  await expect(entry(menu, "Alice's account")).toContainText("Technical, Admin")
  await expect(entry(menu, "Bob's account")).toContainText("Billing")
  await expect(entry(menu, "Pat's account")).toContainText("Owner")
  await entry(menu, "Alice's account").getByRole("button", { name: "Open" }).click()
  await expect(person).toHaveURL(new RegExp(`/accounts/${accountA}/dashboard$`))
  menu = await openMenu(person)
  await entry(menu, "Pat's account").getByRole("button", { name: "Open" }).click()
  await expect(person).toHaveURL(new RegExp(`/accounts/${ownAccount}/dashboard$`))
  menu = await openMenu(person)
  await entry(menu, "Bob's account").getByRole("button", { name: "Open" }).click()
  await expect(person).toHaveURL(new RegExp(`/accounts/${accountB}/settings/offers$`))

  // The account used last is where the next sign-in lands.
  await signOut(person)
  await signIn(person, personEmail)
  await expect(person).toHaveURL(new RegExp(`/accounts/${accountB}/settings/offers$`))

  // Alice disables Pat: the very next request is refused, and the menu marks the account.
  await ownerA.goto(`/accounts/${accountA}/settings/users`)
  const row = ownerA.getByRole("listitem").filter({ hasText: personEmail })
  await row.getByRole("button", { name: "Disable" }).click()
  await expect(row.getByText(/Deactivated since/)).toBeVisible()
  const refused = await person.goto(`/accounts/${accountA}/dashboard`)
  expect(refused?.status()).toBe(403)
  await expect(person.getByRole("heading", { name: "Your access is deactivated" })).toBeVisible()
  await person.goto(`/accounts/${ownAccount}/dashboard`)
  menu = await openMenu(person)
  await expect(entry(menu, "Alice's account")).toContainText("Deactivated")
  await expect(entry(menu, "Alice's account").getByRole("button", { name: "Open" })).toHaveCount(0)

  await row.getByRole("button", { name: "Enable" }).click()
  await expect(row.getByText(/Active since/)).toBeVisible()
  const restored = await person.goto(`/accounts/${accountA}/dashboard`)
  expect(restored?.status()).toBe(200)

  await row.getByRole("button", { name: "Delete" }).click()
  await ownerA.getByRole("dialog").getByRole("button", { name: "Confirm" }).click()
  await expect(ownerA.getByRole("list", { name: "Members" }).getByText(personEmail)).toHaveCount(0)
  const gone = await person.goto(`/accounts/${accountA}/dashboard`)
  expect(gone?.status()).toBe(404)
  await person.goto(`/accounts/${ownAccount}/dashboard`)
  menu = await openMenu(person)
  await expect(menu.getByTestId("account-entry")).toHaveCount(2)
  await expect(entry(menu, "Alice's account")).toHaveCount(0)
})
