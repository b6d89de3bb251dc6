"use client"

import { useActionState, useEffect, useRef } from "react"
import { errorIn, type ActionResult } from "@/lib/actions/result"

type Props = {
  title: string
  message: string
  action: () => Promise<ActionResult>
  onClose: () => void
}

/** A modal asking to confirm a destructive action: open while rendered, with Keep and Confirm. */
export function ConfirmDialog({ title, message, action, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => dialog.current?.showModal(), [])
  const [state, run, pending] = useActionState(async (): Promise<ActionResult | null> => {
    const result = await action()
    if (result.ok) dialog.current?.close()
    return result
  }, null)

  return (
    <dialog ref={dialog} onClose={onClose} aria-label={title} className="m-auto w-full max-w-md rounded-xl p-6 shadow-xl backdrop:bg-slate-900/40">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mt-2 text-sm text-slate-600">{message}</p>
      {errorIn(state) ? (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {errorIn(state)}
        </p>
      ) : null}
      <form action={run} className="mt-6 flex justify-end gap-3">
        <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-4 py-2 text-slate-600 hover:bg-slate-100">
          Keep
        </button>
        <button type="submit" disabled={pending} className="rounded-md bg-red-600 px-4 py-2 font-medium text-white hover:bg-red-500 disabled:opacity-60">
          Confirm
        </button>
      </form>
    </dialog>
  )
}
