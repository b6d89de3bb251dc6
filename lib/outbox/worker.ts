import "server-only"
import { isDraining, onDrain } from "@/lib/http/lifecycle"
import { log } from "@/lib/observability/log"
import { setDelivererWake } from "./wake"

const TICK_MS = 1_000

/**
 * Runs a deliverer inside this server process: a pass every second, and one right away on wakeDeliverers(). Passes
 * never overlap here; other processes are kept apart by row claiming (lib/outbox/lease.ts). `pass` answers how many
 * rows it handled: a full batch means more may be due, and the next pass follows at once. When the process drains
 * (SIGTERM, lib/http/lifecycle.ts) no pass starts any more, and the drain waits for the one under way: what it
 * handed to the provider is recorded, what it had not yet handed over it releases (lib/outbox/lease.ts).
 */
export function startDeliverer(name: string, pass: () => Promise<number>, batch: number): void {
  const started = Symbol.for(`hitflow.deliverer.${name}.started`)
  const shared = globalThis as typeof globalThis & Record<symbol, boolean | undefined>
  if (shared[started]) return // dev's hot reload runs instrumentation again
  shared[started] = true

  let running: Promise<void> | undefined
  let again = false
  let lastProblem: string | undefined

  function run() {
    if (isDraining()) return running
    if (running) {
      again = true
      return running
    }
    running = passes().finally(() => (running = undefined))
    return running
  }

  async function passes() {
    try {
      do {
        again = false
        if ((await pass()) >= batch) again = true
        lastProblem = undefined
      } while (again && !isDraining())
    } catch (error) {
      // The database may be briefly unreachable: say so once, then keep ticking.
      const problem = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim()
      if (problem !== lastProblem) log.error({ deliverer: name, err: error }, `${name} delivery pass failed, retrying every second`)
      lastProblem = problem
    }
  }

  const ticks = setInterval(run, TICK_MS)
  ticks.unref()
  setDelivererWake(name, () => void run())
  onDrain(`deliverer.${name}`, async () => {
    clearInterval(ticks)
    await running
  })
  void run()
}
