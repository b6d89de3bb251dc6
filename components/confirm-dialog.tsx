"use client"

import { AlertDialog } from "radix-ui"
import { useState, useTransition } from "react"
import { errorIn, type ActionResult } from "@/lib/actions/result"

type Props = {
  /** Open while set; closing calls onClose. */
  open: boolean
  onClose: () => void
  title: string
  message: string
  /** The button that does it, named by what it does ("Cancel invitation", "Delete access"). */
  confirmLabel: string
  /** The button that does nothing ("Keep invitation"). */
  keepLabel: string
  action: () => Promise<ActionResult>
  /** After the action succeeded (the dialog is closed by then). */
  onDone: (result: ActionResult) => void
}

/** Asks before something that cannot be undone; a refusal is shown inside, and nothing closes. */
export function ConfirmDialog({ open, onClose, title, message, confirmLabel, keepLabel, action, onDone }: Props) {
  const [result, setResult] = useState<ActionResult | null>(null)
  const [pending, startTransition] = useTransition()
  const confirm = () =>
    startTransition(async () => {
      const answer = await action()
      setResult(answer)
      if (answer.ok) {
        onClose()
        onDone(answer)
      }
    })
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => (next ? undefined : (setResult(null), onClose()))}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl focus:outline-none">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{message}</AlertDialog.Description>
          {errorIn(result) ? (
            <p role="alert" className="mt-3 text-sm text-red-700">
              {errorIn(result)}
            </p>
          ) : null}
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <AlertDialog.Cancel className="button-secondary">{keepLabel}</AlertDialog.Cancel>
            <button type="button" onClick={confirm} disabled={pending} className="button-danger">
              {confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
