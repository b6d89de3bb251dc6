"use client"

import { useState } from "react"
import type { ActionResult } from "@/lib/actions/result"
import { rowButtonClass } from "./button-classes"
import { ConfirmDialog } from "./confirm-dialog"

type Props = {
  label: string
  title: string
  message: string
  action: () => Promise<ActionResult>
}

/** A destructive action that asks first, in a dialog with a Confirm button (rendered only while asking). */
export function ConfirmButton({ label, title, message, action }: Props) {
  const [asking, setAsking] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} className={rowButtonClass("danger")}>
        {label}
      </button>
      {asking ? <ConfirmDialog title={title} message={message} action={action} onClose={() => setAsking(false)} /> : null}
    </>
  )
}
