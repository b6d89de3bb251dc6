import "server-only"
import { log } from "@/lib/observability/log"
import { setDelivererWake } from "./wake"

const TICK_MS = 1_000

/**
 * Runs a deliverer inside this server process: a pass every second, and one right away on wakeDeliverers(). Passes
 * never overlap here; other processes are kept apart by row claiming (lib/outbox/lease.ts). `pass` answers how many
 * rows it handled: a full batch means more may be due, and the next pass follows at once.
 */
export function startDeliverer(name: string, pass: () => Promise<number>, batch: number): void {
  const started = Symbol.for(`hitflow.deliverer.${name}.started`)
  const shared = globalThis as typeof globalThis & Record<symbol, boolean | undefined>
  if (shared[started]) return // dev's hot reload runs instrumentation again
  shared[started] = true

  let running = false
  let again = false
  let lastProblem: string | undefined

  async function run() {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        if ((await pass()) >= batch) again = true
        lastProblem = undefined
      } while (again)
    } catch (error) {
      // The database may be briefly unreachable: say so once, then keep ticking.
      const problem = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim()
      if (problem !== lastProblem) log.error({ deliverer: name, err: error }, `${name} delivery pass failed, retrying every second`)
      lastProblem = problem
    } finally {
      running = false
    }
  }

  setInterval(run, TICK_MS).unref()
  setDelivererWake(name, () => void run())
  void run()
}
