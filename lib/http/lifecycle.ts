// A process's life as the HTTP server (server.ts) and Next.js's bundles both see it. They are loaded apart in one
// process, so the state lives on globalThis: server.ts starts the drain on SIGTERM, /api/ready answers 503 from
// then on, and the deliverers stop claiming and finish (or release) what they hold.

type Lifecycle = { draining: boolean; drainHooks: Map<string, () => Promise<void>> }

const KEY = Symbol.for("hitflow.lifecycle")
const shared = globalThis as typeof globalThis & { [KEY]?: Lifecycle }

function lifecycle(): Lifecycle {
  shared[KEY] ??= { draining: false, drainHooks: new Map() }
  return shared[KEY]
}

/** True once the process has been told to stop: it finishes what it holds and takes nothing new. */
export function isDraining(): boolean {
  return lifecycle().draining
}

/** Registers what must finish before the process exits (one hook per name: dev's hot reload registers again). */
export function onDrain(name: string, hook: () => Promise<void>): void {
  lifecycle().drainHooks.set(name, hook)
}

/** Marks the process draining and waits for every hook; a hook that fails does not keep the others from finishing. */
export async function drain(): Promise<void> {
  const state = lifecycle()
  state.draining = true
  await Promise.allSettled([...state.drainHooks.values()].map((hook) => hook()))
}
