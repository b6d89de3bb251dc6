import "server-only"
import { startDeliverer } from "@/lib/outbox/worker"
import { DEFAULT_BATCH, deliverDueWebhooks } from "./deliver"

/** Delivers the webhook outbox from inside this server process (lib/outbox/worker.ts). */
export function startWebhookDeliverer(): void {
  startDeliverer(
    "webhooks",
    async () => {
      const { sent, failed, retried } = await deliverDueWebhooks()
      return sent + failed + retried
    },
    DEFAULT_BATCH,
  )
}
