import { AsyncLocalStorage } from "node:async_hooks"

// What server.ts knows of a request while Next.js handles it: whether the app's own code took it over. It lives on
// globalThis because server.ts and Next's bundles are loaded apart, in one process.

type RequestState = { actionRan: boolean }

const KEY = Symbol.for("hitflow.request-state")
const shared = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<RequestState> }

export const requestState: AsyncLocalStorage<RequestState> = (shared[KEY] ??= new AsyncLocalStorage<RequestState>())

/** Says that a server action has begun: from here on, a failure is the server's, not an unreadable request. */
export function markActionRan(): void {
  const state = requestState.getStore()
  if (state) state.actionRan = true
}
