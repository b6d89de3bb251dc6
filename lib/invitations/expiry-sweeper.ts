import "server-only"
import { log } from "@/lib/observability/log"
import { expireInvitations } from "./expire"

const SWEEP_MS = 60_000
const STARTED = Symbol.for("hitflow.expiry-sweeper.started")

/**
 * Deactivates invitations once their lifetime is over, once a minute in every server process (the sweep is one
 * idempotent UPDATE, so processes may overlap). Accepting checks the expiry itself; this keeps lists and the
 * activity log true.
 */
export function startExpirySweeper(): void {
  const shared = globalThis as typeof globalThis & { [STARTED]?: boolean }
  if (shared[STARTED]) return
  shared[STARTED] = true
  const sweep = async () => {
    try {
      const expired = await expireInvitations()
      if (expired > 0) log.info({ expired }, `${expired} invitation(s) expired`)
    } catch (error) {
      log.error({ err: error }, "invitation expiry sweep failed, retrying in a minute")
    }
  }
  setInterval(sweep, SWEEP_MS).unref()
  void sweep()
}
