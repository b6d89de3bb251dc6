import "server-only"

/**
 * postmark: POSTMARK_SERVER_TOKEN is set, mails go out through Postmark.
 * mailbox: local development without a token, mails are only recorded and read at /dev/mailbox.
 * held: production without a token; mails stay queued (never silently dropped) until a token is configured.
 */
export type MailMode = "postmark" | "mailbox" | "held"

export function mailMode(): MailMode {
  if (process.env.POSTMARK_SERVER_TOKEN) return "postmark"
  return process.env.NODE_ENV === "production" ? "held" : "mailbox"
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Hitflow <notifications@hitflow.example>"
}

export type OutgoingMail = { to: string; subject: string; html: string; text: string; tag: string }

/**
 * What became of one mail's attempt. accepted: handed over; refused: the provider will never take this mail as it
 * is, so it is not retried; failed: it may take it later, so it is retried. `answer` names the provider's answer in
 * a few words that take few values (accepted, rejected_406, http_500, timeout, network…), for counting.
 */
export type SendOutcome = { status: "accepted"; answer: string } | { status: "refused" | "failed"; answer: string; error: string }

/** Sends the mails (all at once where the provider allows); answers each one's outcome, in the same order. Never throws. */
export type Sender = (mails: OutgoingMail[]) => Promise<SendOutcome[]>
