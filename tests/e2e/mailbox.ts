// What the app under test sent, read from the fake Postmark that tests/e2e/global-setup.ts starts.
import type { FakeMessage } from "../fake-postmark"

const fakePostmarkUrl = `http://127.0.0.1:${process.env.E2E_POSTMARK_PORT ?? 4010}`

export type MailPredicate = { to: string; subject?: RegExp | string }

function matches(message: FakeMessage, { to, subject }: MailPredicate): boolean {
  if (!message.To.toLowerCase().includes(to.toLowerCase())) return false
  if (subject === undefined) return true
  return typeof subject === "string" ? message.Subject.includes(subject) : subject.test(message.Subject)
}

export async function sentMails(): Promise<FakeMessage[]> {
  const response = await fetch(`${fakePostmarkUrl}/__messages`)
  return (await response.json()) as FakeMessage[]
}

/** The first mail sent that matches, waiting for the app's deliverer to send it. */
export async function waitForMail(predicate: MailPredicate, timeoutMs = 15_000): Promise<FakeMessage> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = (await sentMails()).find((message) => matches(message, predicate))
    if (found) return found
    if (Date.now() > deadline) {
      throw new Error(`No mail to ${predicate.to}${predicate.subject ? ` with subject ${predicate.subject}` : ""} within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The first absolute URL in the mail (HTML, then text) whose path starts with pathPrefix, e.g. "/invitations/". */
export function linkIn(message: FakeMessage, pathPrefix: string): string {
  const html = message.HtmlBody.replaceAll("&amp;", "&")
  for (const candidate of [...html.matchAll(/https?:\/\/[^\s"'<>]+/g), ...message.TextBody.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)]) {
    const url = candidate[0]
    if (URL.canParse(url) && new URL(url).pathname.startsWith(pathPrefix)) return url
  }
  throw new Error(`No link to ${pathPrefix}… in the mail "${message.Subject}" to ${message.To}`)
}
