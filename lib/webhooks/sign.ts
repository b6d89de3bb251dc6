import "server-only"
import crypto from "node:crypto"
import { Webhook } from "standardwebhooks"

// Signatures by the Standard Webhooks specification, with its maintained library: receivers verify with any of its
// implementations. During a rotation the previous secret signs too, so either verifies.

const SECRET_PREFIX = "whsec_"

export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${crypto.randomBytes(24).toString("base64")}`
}

/** The headers of one attempt: `webhook-id` stays the same across retries, so receivers can deduplicate. */
export function signedHeaders(secrets: string[], messageId: string, at: Date, body: string): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body))
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  }
}

/** The webhook-id of a delivery. */
export const messageIdOf = (deliveryId: string) => `msg_${deliveryId.replace(/-/g, "")}`
