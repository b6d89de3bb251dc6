import { expect, test } from "@playwright/test"
import { Webhook } from "standardwebhooks"
import { invite, signUp, toast, uniqueEmail } from "./helpers"
import { startReceiver } from "./webhook-receiver"

test("an endpoint on Settings → APIs → Webhooks gets invitation.sent signed, logged, then a test event", async ({ page }) => {
  const receiver = await startReceiver()
  try {
    const accountId = await signUp(page, "Wendy Webhook", uniqueEmail("webhook-owner"))
    await page.goto(`/accounts/${accountId}/settings/apis`)
    await page.getByRole("link", { name: "Webhooks" }).click()
    await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible()
    await page.getByRole("button", { name: "Add endpoint" }).click()
    await page.getByLabel("URL").fill(receiver.url)
    await page.getByLabel("Description").fill("Security chat")
    await expect(page.getByLabel("invitation.sent")).toBeChecked()
    await page.getByRole("button", { name: "Add endpoint" }).click()
    await expect(toast(page, "Endpoint Security chat added")).toBeVisible()

    await page.getByRole("button", { name: "Reveal the signing secret of Security chat" }).click()
    const secret = (await page.getByTestId("webhook-secret").innerText()).trim()
    expect(secret).toMatch(/^whsec_/)

    const guest = uniqueEmail("webhook-guest")
    await invite(page, accountId, guest, ["Technical"])
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(1)
    const [delivery] = receiver.received
    const event = new Webhook(secret).verify(delivery!.body, delivery!.headers) as { type: string; data: Record<string, unknown> }
    expect(event.type).toBe("invitation.sent")
    expect(event.data).toMatchObject({ account_id: accountId, subject: { email: guest }, roles_after: ["TECHNICAL"] })
    expect(delivery!.body).not.toContain("/invitations/")

    await page.goto(`/accounts/${accountId}/settings/apis/webhooks`)
    await page.getByRole("link", { name: "Delivery log of Security chat" }).click()
    const deliveries = page.getByRole("list", { name: "Deliveries" })
    await expect(deliveries.getByRole("listitem").filter({ hasText: "invitation.sent" }).first()).toContainText("Delivered")
    await expect(page.getByRole("list", { name: "Attempts of invitation.sent" })).toContainText("HTTP 204")

    await page.getByRole("link", { name: "Webhooks" }).click()
    await page.getByRole("button", { name: "Send test event to Security chat" }).click()
    await expect(toast(page, "Test event on its way to Security chat")).toBeVisible()
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(2)
    const test = new Webhook(secret).verify(receiver.received[1]!.body, receiver.received[1]!.headers) as { type: string }
    expect(test.type).toBe("webhook.test")
    expect(receiver.received[1]!.headers["webhook-id"]).not.toBe(delivery!.headers["webhook-id"])
  } finally {
    await receiver.close()
  }
})
