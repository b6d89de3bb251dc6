// instrumentation.ts and the app's routes are bundled separately, so they do not share module state: the running
// deliverers' wake-up calls are kept on globalThis, where both see them.
const WAKE = Symbol.for("hitflow.outbox.wake")
type WithWake = typeof globalThis & { [WAKE]?: Map<string, () => void> }

export function setDelivererWake(name: string, wake: () => void): void {
  const shared = globalThis as WithWake
  ;(shared[WAKE] ??= new Map()).set(name, wake)
}

/** Makes this process's deliverers (mail, webhooks) look at their outbox now. Call it after the change commits. */
export function wakeDeliverers(): void {
  for (const wake of (globalThis as WithWake)[WAKE]?.values() ?? []) wake()
}
