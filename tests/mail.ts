// Shared by lib/mail's tests: a fake Postmark wired in through the environment, and queued sample mails.
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest"
import { startFakePostmark, type FakePostmark } from "@/tests/fake-postmark"
import { db } from "@/lib/db"
import { log } from "@/lib/observability/log"
import { queueMail } from "@/lib/mail/outbox"
import type { MailTemplates } from "@/lib/mail/templates"

const MAIL_ENV = ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_URL", "MAIL_FROM"] as const

/** Starts a fake Postmark on a free port for the file's tests and points the deliverer at it (token set or not). */
export function useFakePostmark({ token }: { token: string | undefined }): () => FakePostmark {
  let fake: FakePostmark | undefined
  const saved = Object.fromEntries(MAIL_ENV.map((name) => [name, process.env[name]]))
  beforeAll(async () => {
    fake = await startFakePostmark(0)
    process.env.POSTMARK_API_URL = fake.url
    process.env.MAIL_FROM = "Hitflow Tests <tests@hitflow.example>"
    if (token) process.env.POSTMARK_SERVER_TOKEN = token
    else delete process.env.POSTMARK_SERVER_TOKEN
  })
  beforeEach(() => {
    fake?.reset()
    // The deliverer reports every failed attempt; tests assert on that instead of printing it.
    vi.spyOn(log, "warn").mockImplementation(() => {})
    vi.spyOn(log, "error").mockImplementation(() => {})
    vi.spyOn(log, "info").mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
  afterAll(async () => {
    for (const name of MAIL_ENV) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
    await fake?.stop()
  })
  return () => fake!
}

/** A new address; the fake Postmark refuses those starting with "inactive" as inactive recipients. */
export function uniqueRecipient(prefix: "invitee" | "inactive" = "invitee"): string {
  return `${prefix}-${crypto.randomUUID()}@example.test`
}

export function invitationData(overrides: Partial<MailTemplates["invitation"]> = {}): MailTemplates["invitation"] {
  return {
    accountName: "Acme Production",
    inviterName: "Ada Lovelace",
    inviterEmail: "ada@acme.example",
    roles: ["TECHNICAL", "ADMIN"],
    acceptUrl: `https://app.hitflow.example/invitations/${crypto.randomUUID()}`,
    expiresAt: "2026-12-01T14:30:00.000Z",
    ...overrides,
  }
}

/** Queues an invitation mail (to a new address unless told), as lib/invitations does inside its transaction. */
export async function queueInvitation(overrides: Partial<MailTemplates["invitation"]> = {}, to = uniqueRecipient()) {
  const data = invitationData(overrides)
  await db.$transaction((tx) => queueMail(tx, { to, template: "invitation", data }))
  return { to, data }
}

export function outboxRow(to: string) {
  return db.outboxMail.findFirstOrThrow({ where: { to } })
}
