import "server-only"
import type { Tx } from "@/lib/db"
import type { Reader } from "@/lib/format"
import type { Prisma } from "@/lib/generated/prisma/client"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/i18n/time-zones"
import type { MailTemplateName, MailTemplates } from "./templates"

export type QueuedMail<T extends MailTemplateName> = {
  to: string
  template: T
  data: MailTemplates[T]
  invitationId?: string
  /** How to write to an address whose person has not chosen (or has no Hitflow user yet): an invitation's language. */
  fallback?: Partial<Reader>
}

/**
 * Records a mail in the caller's transaction, so it exists exactly when the change that causes it commits.
 * Nothing is rendered or sent here: the deliverer (lib/mail/deliver.ts) does that outside the request.
 */
export async function queueMail<T extends MailTemplateName>(tx: Tx, mail: QueuedMail<T>): Promise<void> {
  await queueMails(tx, [mail])
}

/**
 * Several mails in one statement (a mail to every member of an account), as `queueMail` records one. Each is kept
 * with its recipient's language and time zone as their profile says now, so the deliverer renders it for them.
 */
export async function queueMails<T extends MailTemplateName>(tx: Tx, mails: QueuedMail<T>[]): Promise<void> {
  if (mails.length === 0) return
  const now = new Date()
  const readers = await readersOf(tx, mails)
  await tx.outboxMail.createMany({
    data: mails.map((mail, index) => ({
      to: mail.to,
      template: mail.template,
      payload: mail.data as Prisma.InputJsonObject,
      invitationId: mail.invitationId,
      ...readers[index]!,
      status: "PENDING" as const,
      nextAttemptAt: now,
    })),
  })
}

/** Each mail's reader: the recipient's profile, else the mail's fallback, else English in Hitflow's home zone. */
async function readersOf(tx: Tx, mails: QueuedMail<MailTemplateName>[]): Promise<Reader[]> {
  const people = await tx.user.findMany({ where: { email: { in: [...new Set(mails.map((mail) => mail.to))] } }, select: { email: true, locale: true, timeZone: true } })
  const byEmail = new Map(people.map((person) => [person.email, person]))
  return mails.map(({ to, fallback }) => {
    const person = byEmail.get(to)
    const locale = [person?.locale, fallback?.locale].find(isLocale) ?? DEFAULT_LOCALE
    const timeZone = [person?.timeZone, fallback?.timeZone].find(isTimeZone) ?? DEFAULT_TIME_ZONE
    return { locale, timeZone }
  })
}
