import "server-only"
import { log } from "@/lib/observability/log"
import { startDeliverer } from "@/lib/outbox/worker"
import { DEFAULT_BATCH, deliverDueMails } from "./deliver"
import { mailMode } from "./transport"

/** Delivers the mail outbox from inside this server process (lib/outbox/worker.ts). */
export function startMailer(): void {
  startDeliverer(
    "mail",
    async () => {
      const { sent, failed, retried } = await deliverDueMails()
      return sent + failed + retried
    },
    DEFAULT_BATCH,
  )
  log.info({ deliverer: "mail", mode: mailMode() }, "mail deliverer started")
}
