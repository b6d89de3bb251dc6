import "server-only"
import { ServerClient, type Models } from "postmark"
import { outcomeOfBatchEntry, outcomeOfFailedCall } from "./postmark-answers"
import { mailFrom, type OutgoingMail, type Sender, type SendOutcome } from "./transport"

/** Most messages Postmark takes in one batch call. */
const BATCH_LIMIT = 500

/**
 * A sender through Postmark's batch API (or the host POSTMARK_API_URL names): one call per 500 mails, each call given
 * up after timeoutMs as a whole; each mail's own entry in the answer says whether it was accepted.
 */
export function postmarkSender(timeoutMs: number): Sender {
  const options: Models.ClientOptions.Configuration = { timeout: timeoutMs / 1000 }
  const apiUrl = process.env.POSTMARK_API_URL
  if (apiUrl) {
    const url = new URL(apiUrl)
    options.useHttps = url.protocol === "https:"
    options.requestHost = url.host
  }
  const client = new ServerClient(process.env.POSTMARK_SERVER_TOKEN ?? "", options)
  const from = mailFrom()

  async function sendBatch(mails: OutgoingMail[]): Promise<SendOutcome[]> {
    try {
      const entries = await client.sendEmailBatch(
        mails.map((mail) => ({
          From: from,
          To: mail.to,
          Subject: mail.subject,
          HtmlBody: mail.html,
          TextBody: mail.text,
          Tag: mail.tag,
          MessageStream: "outbound",
        })),
      )
      return mails.map((_, index) => outcomeOfBatchEntry(entries[index]))
    } catch (error) {
      const outcome = outcomeOfFailedCall(error)
      return mails.map(() => outcome)
    }
  }

  return async (mails) => {
    const batches = Array.from({ length: Math.ceil(mails.length / BATCH_LIMIT) }, (_, index) => mails.slice(index * BATCH_LIMIT, (index + 1) * BATCH_LIMIT))
    return (await Promise.all(batches.map(sendBatch))).flat()
  }
}
