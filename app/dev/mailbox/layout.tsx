import Link from "next/link"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { mailboxEnabled } from "@/lib/mail/mailbox"

export const metadata = { title: "Mailbox · Hitflow development" }

// Like letter_opener: in development, the mails Hitflow would have sent are read here instead.
export default async function MailboxLayout({ children }: { children: React.ReactNode }) {
  await connection() // decided per request from the environment, never at build time
  if (!mailboxEnabled()) notFound()
  return (
    <main className="mx-auto max-w-5xl px-4 py-10">
      <div className="mb-6 flex items-baseline justify-between gap-4">
        <Link href="/dev/mailbox" className="text-lg font-semibold text-indigo-700">
          Hitflow development mailbox
        </Link>
        <p className="text-sm text-slate-600">Mails are not sent while POSTMARK_SERVER_TOKEN is unset.</p>
      </div>
      {children}
    </main>
  )
}
