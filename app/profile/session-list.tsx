"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { FormError } from "@/components/form-error"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { endOtherSessionsAction, endSessionAction } from "@/lib/identity/actions"

type SessionRow = { id: string; device: string | null; ip: string; signedIn: string; lastUsed: string; current: boolean }

/** The person's live sessions: the current one marked, each other one with its Sign out. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [result, setResult] = useState<ActionResult | null>(null)
  const [pending, startTransition] = useTransition()
  const t = useTranslations("sessions")
  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const answer = await action()
      setResult(answer)
      if (answer.ok && answer.message) {
        announce(answer.message)
        document.getElementById("sessions-heading")?.focus() // the row is gone: its list's heading
      }
    })
  const others = sessions.filter((session) => !session.current).length
  const deviceOf = (session: SessionRow) => session.device ?? t("unknownDevice")
  return (
    <div className="mt-3 flex flex-col gap-3">
      <FormError message={errorIn(result)} />
      <ul aria-label={t("list")} className="flex flex-col gap-2">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">
                {deviceOf(session)}
                {session.current ? <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">{t("thisSession")}</span> : null}
              </p>
              <p className="text-slate-600">{t("details", { ip: session.ip, signedIn: session.signedIn, lastUsed: session.lastUsed })}</p>
            </div>
            {session.current ? null : (
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => endSessionAction(session.id))}
                aria-label={t("signOutSession", { device: deviceOf(session), ip: session.ip, signedIn: session.signedIn })}
                className="row-button"
              >
                {t("signOut")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <div>
          <button type="button" disabled={pending} onClick={() => run(() => endOtherSessionsAction())} className="button-secondary">
            {t("signOutOthers")}
          </button>
        </div>
      ) : null}
    </div>
  )
}
