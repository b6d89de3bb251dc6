import { expect, test } from "@playwright/test"
import { pendingInvitations, signUp, toast, uniqueEmail } from "./helpers"

test("an API key from Settings → APIs invites someone; the invitation and the key show on Settings → Users; revoked, the key gets 401", async ({ page, request }) => {
  const accountId = await signUp(page, "Ines Integrator", uniqueEmail("api-owner"))
  await page.goto(`/accounts/${accountId}/settings/apis`)
  await page.getByRole("button", { name: "Create API key" }).click()
  await page.getByLabel("Name").fill("HR sync")
  // Admin (checked) opens Users; Technical lets the key give Technical.
  await expect(page.getByLabel("Admin", { exact: true })).toBeChecked()
  await page.getByLabel("Technical", { exact: true }).check()
  await page.getByLabel("Expires").selectOption("30")
  await page.getByRole("button", { name: "Create API key" }).click()
  await expect(toast(page, "API key HR sync created. Copy it now: it is shown only once.")).toBeVisible()
  const key = (await page.getByTestId("new-api-key").innerText()).trim()
  expect(key).toMatch(/^hf_live_[A-Za-z0-9_-]{43}$/)
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible()
  const row = page.getByRole("table", { name: "API keys" }).getByRole("row").filter({ hasText: "HR sync" })
  await expect(row).toContainText(key.slice(0, 14))
  await expect(row).toContainText("Last used: never")

  const guest = uniqueEmail("api-guest")
  const invited = await request.post(`/api/v1/accounts/${accountId}/invitations`, {
    headers: { authorization: `Bearer ${key}`, "idempotency-key": "e2e-invite-1" },
    data: { email: guest, roles: ["TECHNICAL"] },
  })
  expect(invited.status()).toBe(201)
  expect(await invited.json()).toEqual({ data: [{ email: guest, outcome: "sent", message: "Invitation sent" }] })

  await page.goto(`/accounts/${accountId}/settings/users`)
  await expect(pendingInvitations(page).getByText(guest)).toBeVisible()
  await page.goto(`/accounts/${accountId}/settings/users/activity`)
  await expect(page.getByText(`Ines Integrator (API key \u201cHR sync\u201d) invited ${guest} (Technical)`)).toBeVisible()

  await page.goto(`/accounts/${accountId}/settings/apis`)
  await expect(row).not.toContainText("Last used: never")
  await page.getByRole("button", { name: "Revoke HR sync" }).click()
  await page.getByRole("alertdialog", { name: "Revoke HR sync?" }).getByRole("button", { name: "Revoke key" }).click()
  await expect(toast(page, "API key HR sync revoked")).toBeVisible()
  await expect(row).toContainText("Revoked")
  const refused = await request.get(`/api/v1/accounts/${accountId}/members`, { headers: { authorization: `Bearer ${key}` } })
  expect(refused.status()).toBe(401)
  expect(await refused.json()).toEqual({ error: { code: "invalid_key", message: "This API key was revoked." } })

  const documentation = await request.get("/api/v1/openapi.json")
  expect((await documentation.json()).openapi).toBe("3.1.0")
  await page.getByRole("link", { name: "API reference" }).click()
  await expect(page.getByRole("heading", { name: "Hitflow API" })).toBeVisible()
})
