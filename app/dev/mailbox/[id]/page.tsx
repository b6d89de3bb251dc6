import { notFound } from "next/navigation"
import { mailboxEnabled, openMailboxMail } from "@/lib/mail/mailbox"
import { formatTime, StatusBadge } from "../status-badge"

/**
 * Links in the mail open in the whole window (not a new tab, as target="_blank" in mails asks), so the invitation
 * link is followed in the same browser session, as the recipient would.
 */
function linksOpenInTopWindow(html: string): string {
  return html.replace(/\starget="[^"]*"/gi, "").replace(/<head([^>]*)>/i, '<head$1><base target="_top">')
}

export default async function MailboxMailPage({ params }: PageProps<"/dev/mailbox/[id]">) {
  if (!mailboxEnabled()) notFound()
  const { id } = await params
  const mail = await openMailboxMail(id)
  if (!mail) notFound()
  const { entry, rendered } = mail
  return (
    <article>
      <h1 className="text-2xl font-semibold text-slate-900">{entry.subject}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">To</dt>
        <dd className="text-slate-900">{entry.to}</dd>
        <dt className="text-slate-600">Recorded</dt>
        <dd className="text-slate-900">
          <time dateTime={entry.createdAt.toISOString()}>{formatTime(entry.createdAt)}</time>
        </dd>
        <dt className="text-slate-600">Status</dt>
        <dd>
          <StatusBadge status={entry.status} />
          {entry.lastError ? <span className="ml-2 text-red-700">{entry.lastError}</span> : null}
        </dd>
      </dl>
      <h2 className="mt-8 text-sm font-semibold uppercase tracking-wide text-slate-600">HTML</h2>
      <iframe
        title="HTML version of the mail"
        srcDoc={linksOpenInTopWindow(rendered.html)}
        sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
        className="mt-2 h-[640px] w-full rounded-xl border border-slate-200 bg-white"
      />
      <h2 className="mt-8 text-sm font-semibold uppercase tracking-wide text-slate-600">Text</h2>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-800">
        {rendered.text}
      </pre>
    </article>
  )
}
