import { redirect } from "next/navigation"
import { PageFrame } from "@/components/page-frame"
import { currentPerson, currentViewer } from "@/lib/auth/auth"
import { liveSessions } from "@/lib/identity/sessions"
import { recentSecurityEvents } from "@/lib/identity/security-events"
import { formatDateTime } from "@/lib/format"
import { PasswordForm } from "./password-form"
import { SessionList } from "./session-list"

export const metadata = { title: "Profile · Hitflow" }

export default async function ProfilePage() {
  const [person, viewer] = await Promise.all([currentPerson(), currentViewer()])
  if (!person || !viewer) redirect("/sign-in?next=/profile")
  const [sessions, events] = await Promise.all([liveSessions(viewer.userId, viewer.sessionId), recentSecurityEvents(viewer.userId)])
  return (
    <PageFrame>
      <h1 className="text-2xl font-semibold text-slate-900">Your profile</h1>
      <section aria-labelledby="profile-heading" className="mt-8">
        <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
          Profile
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-600">Name</dt>
          <dd className="text-slate-900">{person.name}</dd>
          <dt className="text-slate-600">Email</dt>
          <dd className="break-all text-slate-900">{person.email}</dd>
        </dl>
      </section>
      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
          Password
        </h2>
        <p className="mt-1 text-sm text-slate-600">Changing it signs out your other sessions.</p>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-10">
        <h2 id="sessions-heading" tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
          Sessions
        </h2>
        <p className="mt-1 text-sm text-slate-600">Where you are signed in. Sign out any you do not recognise, then change your password.</p>
        <SessionList
          sessions={sessions.map((session) => ({
            id: session.id,
            device: session.device,
            ip: session.ip ?? "unknown address",
            signedIn: formatDateTime(session.createdAt),
            lastUsed: formatDateTime(session.lastUsedAt),
            current: session.current,
          }))}
        />
      </section>
      <section aria-labelledby="security-heading" className="mt-10">
        <h2 id="security-heading" className="text-lg font-semibold text-slate-900">
          Security activity
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Nothing yet.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            {events.map((event) => (
              <li key={event.id} className="text-slate-800">
                {event.sentence} <span className="text-slate-600">· {formatDateTime(event.createdAt)} · {event.ip ?? "unknown address"}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageFrame>
  )
}
