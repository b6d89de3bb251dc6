// Time zones by their IANA names, as the browser reports them (Intl) and as dates are formatted in.

/** Where dates are shown when the reader's zone is not known: Hitflow's home. */
export const DEFAULT_TIME_ZONE = "Europe/Paris"

const KNOWN = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])

export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && KNOWN.has(value)
}

/** Every zone, for the profile's picker. */
export function timeZoneNames(): string[] {
  return [...KNOWN].sort()
}
