// Reading what reached the fake Postmark. Each app instance sends with its own From name, so a mail tells which
// instance's deliverer sent it.
import type { FakeMessage, FakePostmark } from "../fake-postmark"
import { waitFor } from "./polling"

export function mailFromFor(instanceName: string): string {
  return `Hitflow via ${instanceName} <notifications@hitflow.example>`
}

export function senderOf(message: FakeMessage): string {
  return /via (\S+) </.exec(message.From)?.[1] ?? "?"
}

export type MailMatch = { to: string; subject?: string }

function matches(message: FakeMessage, { to, subject }: MailMatch): boolean {
  return message.To === to && (subject === undefined || message.Subject.includes(subject))
}

export function mailsMatching(fake: FakePostmark, match: MailMatch): FakeMessage[] {
  return fake.messages().filter((message) => matches(message, match))
}

/** Waits until every expected mail has arrived at least once; returns how many copies of each arrived. */
export async function waitForMails(fake: FakePostmark, expected: MailMatch[], timeoutMs: number): Promise<number[]> {
  await waitFor(
    `${expected.length} mails at the fake Postmark`,
    () => expected.every((match) => mailsMatching(fake, match).length > 0),
    { timeoutMs, intervalMs: 250 },
  ).catch(() => undefined) // the counts below say which are missing
  return expected.map((match) => mailsMatching(fake, match).length)
}

/** Copies beyond the first of the same mail (same recipient, subject and body: every invitation's link is unique). */
export function duplicateCount(messages: FakeMessage[]): number {
  const seen = new Set<string>()
  let duplicates = 0
  for (const message of messages) {
    const key = `${message.To}\n${message.Subject}\n${message.TextBody}`
    if (seen.has(key)) duplicates++
    seen.add(key)
  }
  return duplicates
}

export function countBySender(messages: FakeMessage[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const message of messages) counts[senderOf(message)] = (counts[senderOf(message)] ?? 0) + 1
  return counts
}
