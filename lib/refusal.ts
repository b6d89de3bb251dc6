// Why a change was refused, beside what to tell the person: screens show the message; the API answers the kind
// with its HTTP status (lib/api/errors.ts).

/** not-found: no such row in this account; forbidden: the actor may not; conflict: the state forbids it; throttled: too many. */
export type RefusalKind = "invalid" | "not-found" | "forbidden" | "conflict" | "throttled"

export type Refusal = { ok: false; kind: RefusalKind; message: string }
