import Link from "next/link"
import { notFound } from "next/navigation"
import { listMailbox, mailboxEnabled } from "@/lib/mail/mailbox"
import { formatTime, StatusBadge } from "./status-badge"

export default async function MailboxPage() {
  if (!mailboxEnabled()) notFound()
  const mails = await listMailbox()
  return (
    <section>
      <h1 className="text-2xl font-semibold text-slate-900">Mails</h1>
      {mails.length === 0 ? (
        <div className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
          No mails yet. Invite someone and the invitation will appear here.
        </div>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" aria-label="Mails">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Link href={`/dev/mailbox/${mail.id}`} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900">{mail.subject}</p>
                  <p className="truncate text-sm text-slate-600">To {mail.to}</p>
                </div>
                <div className="flex items-center gap-3 text-sm text-slate-600">
                  <StatusBadge status={mail.status} />
                  <time dateTime={mail.createdAt.toISOString()}>{formatTime(mail.createdAt)}</time>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
