// How long each mailed link works. Invitations keep their own (lib/invitations/policy.ts).
export const CONFIRMATION_LIFETIME_HOURS = 24
export const RESET_LIFETIME_HOURS = 1
const HOUR = 60 * 60 * 1000

export const LINK_LIFETIME_MS = { CONFIRM_EMAIL: CONFIRMATION_LIFETIME_HOURS * HOUR, RESET_PASSWORD: RESET_LIFETIME_HOURS * HOUR } as const

/** Auth.js's session lifetime (its default, 30 days): a session row older than this has no cookie left. */
export const SESSION_LIFETIME_MS = 30 * 24 * HOUR
