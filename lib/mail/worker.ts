import "server-only"
import { DEFAULT_BATCH, deliverDueMails } from "./deliver"
import { mailMode } from "./transport"
import { setMailerWake } from "./wake"

const TICK_MS = 1_000
const STARTED = Symbol.for("hitflow.mailer.started")

/**
 * Delivers the outbox from inside this server process: a pass every second, and one right away on wakeMailer().
 * Passes never overlap here; other processes are kept apart by row claiming (lib/mail/claim.ts).
 */
export function startMailer(): void {
  const shared = globalThis as typeof globalThis & { [STARTED]?: boolean }
  if (shared[STARTED]) return // dev's hot reload runs instrumentation again
  shared[STARTED] = true

  let running = false
  let again = false
  let lastProblem: string | undefined

  async function pass() {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        const { sent, failed, retried } = await deliverDueMails()
        if (sent + failed + retried >= DEFAULT_BATCH) again = true // a full batch: more may be due
        lastProblem = undefined
      } while (again)
    } catch (error) {
      // The database may be briefly unreachable: say so once, then keep ticking.
      const problem = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim()
      if (problem !== lastProblem) console.error(`[mail] delivery pass failed, retrying every second: ${problem}`)
      lastProblem = problem
    } finally {
      running = false
    }
  }

  setInterval(pass, TICK_MS).unref()
  setMailerWake(() => void pass())
  console.info(`[mail] deliverer started (${mailMode()})`)
  void pass()
}
