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
export type Sender = (mail: OutgoingMail) => Promise<void>
