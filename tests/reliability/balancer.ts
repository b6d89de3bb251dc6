// What a load balancer does in front of the instances, reduced to what the scenarios need: requests go round the
// instances in turn, and one whose connection fails (refused, reset before an answer) is tried again on the next,
// as balancers retry idempotent requests. Every answer's status is counted; a 5xx is never retried.
import type { AppInstance } from "./app-instance"
import { pause } from "./polling"

export type BalancedLoad = {
  /** Answers by HTTP status, over every instance. */
  statuses(): Map<number, number>
  /** Requests no instance answered at all, with why. */
  unanswered(): string[]
  /** Requests that failed on one instance's connection and were answered by another. */
  retried(): number
  stop(): Promise<void>
}

const REQUEST_TIMEOUT_MS = 10_000
const TRIES = 3
const PAUSE_MS = 20

/** `workers` loops, each sending GET requests for `paths` in turn (with `headers`) until stop(). */
export function startBalancedLoad(instances: () => AppInstance[], paths: string[], headers: Record<string, string>, workers: number): BalancedLoad {
  const statuses = new Map<number, number>()
  const unanswered: string[] = []
  let retried = 0
  let stopping = false
  let turn = 0

  async function send(path: string) {
    const failures: string[] = []
    for (let tried = 0; tried < TRIES; tried++) {
      const targets = instances()
      const target = targets[turn++ % targets.length]!
      try {
        const response = await fetch(`${target.url}${path}`, { headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        if (tried > 0) retried++
        return
      } catch (error) {
        failures.push(`${target.name}: ${describe(error)}`)
      }
    }
    unanswered.push(`${path}: ${failures.join("; ")}`)
  }

  async function loop(offset: number) {
    for (let index = offset; !stopping; index++) {
      await send(paths[index % paths.length]!)
      await pause(PAUSE_MS)
    }
  }

  const running = Array.from({ length: workers }, (_, offset) => loop(offset))
  return {
    statuses: () => new Map(statuses),
    unanswered: () => [...unanswered],
    retried: () => retried,
    async stop() {
      stopping = true
      await Promise.all(running)
    },
  }
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ""
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 200)
}
