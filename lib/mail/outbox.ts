import "server-only"
import type { Tx } from "@/lib/db"
import type { Prisma } from "@/lib/generated/prisma/client"
import type { MailTemplateName, MailTemplates } from "./templates"


export type QueuedMail<T extends MailTemplateName> = { to: string; template: T; data: MailTemplates[T]; invitationId?: string }

/**
 * Records a mail in the caller's transaction, so it exists exactly when the change that causes it commits.
 * Nothing is rendered or sent here: the deliverer (lib/mail/deliver.ts) does that outside the request.
 */
export async function queueMail<T extends MailTemplateName>(tx: Tx, mail: QueuedMail<T>): Promise<void> {
  await queueMails(tx, [mail])
}

/** Several mails in one statement (a mail to every member of an account), as `queueMail` records one. */
export async function queueMails<T extends MailTemplateName>(tx: Tx, mails: QueuedMail<T>[]): Promise<void> {
  if (mails.length === 0) return
  const now = new Date()
  await tx.outboxMail.createMany({
    data: mails.map((mail) => ({
      to: mail.to,
      template: mail.template,
      payload: mail.data as Prisma.InputJsonObject,
      invitationId: mail.invitationId,
      status: "PENDING" as const,
      nextAttemptAt: now,
    })),
  })
}
