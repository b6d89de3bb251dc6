"use client"

import { useActionState, useRef } from "react"

type Props = {
  label: string
  title: string
  message: string
  action: () => Promise<{ error?: string }>
}

/** A destructive action that asks first, in a dialog with a Confirm button. */
export function ConfirmButton({ label, title, message, action }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [state, run, pending] = useActionState(async () => {
    const result = await action()
    if (!result.error) dialog.current?.close()
    return result
  }, {} as { error?: string })

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-slate-200 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50"
      >
        {label}
      </button>
      <dialog ref={dialog} aria-label={title} className="m-auto w-full max-w-md rounded-xl p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        <p className="mt-2 text-sm text-slate-600">{message}</p>
        {state.error ? (
          <p role="alert" className="mt-3 text-sm text-red-600">
            {state.error}
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
    </>
  )
}
