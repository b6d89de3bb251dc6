import "server-only"
import { db } from "@/lib/db"
import type { MailStatus } from "@/lib/generated/prisma/enums"
import { readerOf } from "./reader"
import { isMailTemplateName, mailSubject, renderMail, type MailTemplates, type RenderedMail } from "./templates"
import { mailMode } from "./transport"

/** The development mailbox exists only where mails are not really sent: development without a Postmark token. */
export function mailboxEnabled(): boolean {
  return mailMode() === "mailbox"
}

export type MailboxEntry = {
  id: string
  to: string
  subject: string
  status: MailStatus
  attempts: number
  lastError: string | null
  createdAt: Date
  sentAt: Date | null
}

const entryFields = { id: true, to: true, template: true, payload: true, locale: true, timeZone: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true } as const
type Row = { template: string; payload: unknown; locale: string; timeZone: string }

/** The newest recorded mails first. */
export async function listMailbox(limit = 100): Promise<MailboxEntry[]> {
  const rows = await db.outboxMail.findMany({ select: entryFields, orderBy: { createdAt: "desc" }, take: limit })
  return rows.map(({ template, payload, locale, timeZone, ...row }) => ({ ...row, subject: subjectOf({ template, payload, locale, timeZone }) }))
}

export async function openMailboxMail(id: string): Promise<{ entry: MailboxEntry; rendered: RenderedMail } | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null
  const row = await db.outboxMail.findUnique({ where: { id }, select: entryFields })
  if (!row) return null
  const { template, payload, locale, timeZone, ...rest } = row
  const rendered = isMailTemplateName(template)
    ? await renderMail(template, payload as MailTemplates[typeof template], readerOf({ locale, timeZone }))
    : { subject: subjectOf(row), html: "", text: `Unknown template "${template}".` }
  return { entry: { ...rest, subject: rendered.subject }, rendered }
}

function subjectOf({ template, payload, locale, timeZone }: Row): string {
  if (!isMailTemplateName(template)) return `(unknown template "${template}")`
  try {
    return mailSubject(template, payload as MailTemplates[typeof template], readerOf({ locale, timeZone }).locale)
  } catch {
    return `(${template})`
  }
}
