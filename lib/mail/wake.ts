// instrumentation.ts and the app's routes are bundled separately, so they do not share module state: the
// running deliverer's wake-up call is kept on globalThis, where both see it.
const WAKE = Symbol.for("hitflow.mailer.wake")
type WithWake = typeof globalThis & { [WAKE]?: () => void }

export function setMailerWake(wake: (() => void) | undefined): void {
  ;(globalThis as WithWake)[WAKE] = wake
}

/** Makes this process's deliverer look at the outbox now. Call it after the transaction that queued mail commits. */
export function wakeMailer(): void {
  ;(globalThis as WithWake)[WAKE]?.()
}
