import "server-only"
import { ServerClient, type Models } from "postmark"
import { mailFrom, type Sender } from "./transport"

/** A sender through Postmark's API (or the host POSTMARK_API_URL names), giving up on a request after timeoutMs. */
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
  return async (mail) => {
    await client.sendEmail({
      From: from,
      To: mail.to,
      Subject: mail.subject,
      HtmlBody: mail.html,
      TextBody: mail.text,
      Tag: mail.tag,
      MessageStream: "outbound",
    })
  }
}
