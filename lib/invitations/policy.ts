export const INVITATION_LIFETIME_HOURS = 72
export const INVITATION_LIFETIME_MS = INVITATION_LIFETIME_HOURS * 60 * 60 * 1000

export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_LIFETIME_MS)
}

/**
 * An invitation stays listed on Settings → Users while it waits for an answer, and once expired too (so the owner
 * learns the guest missed it): until it is resent, which opens the same invitation again, or cancelled.
 */
export const OPEN_STATUSES = ["PENDING", "EXPIRED"] as const
