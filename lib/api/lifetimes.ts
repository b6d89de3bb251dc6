// How long a new key lives: never, or 30, 90 or 365 days. Apart from keys.ts (node:crypto), so the form can list them.
export const KEY_LIFETIMES = ["never", "30", "90", "365"] as const
export type KeyLifetime = (typeof KEY_LIFETIMES)[number]
