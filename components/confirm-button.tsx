"use client"

import { useState } from "react"
import { ConfirmDialog } from "./confirm-dialog"

type Props = {
  label: string
  title: string
  message: string
  action: () => Promise<{ error?: string }>
}

/** A destructive action that asks first, in a dialog with a Confirm button (rendered only while asking). */
export function ConfirmButton({ label, title, message, action }: Props) {
  const [asking, setAsking] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} className="rounded-md border border-slate-200 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50">
        {label}
      </button>
      {asking ? <ConfirmDialog title={title} message={message} action={action} onClose={() => setAsking(false)} /> : null}
    </>
  )
}
