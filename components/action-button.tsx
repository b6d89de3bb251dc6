"use client"

import { useActionState } from "react"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { rowButtonClass, type ButtonTone } from "./button-classes"

type Props = {
  action: () => Promise<ActionResult>
  label: string
  variant?: ButtonTone
}

/** A one-click server action, with its error shown beside it. */
export function ActionButton({ action, label, variant = "default" }: Props) {
  const [state, run, pending] = useActionState<ActionResult | null>(async () => action(), null)
  return (
    <form action={run} className="inline-flex flex-col">
      <button type="submit" disabled={pending} className={rowButtonClass(variant)}>
        {label}
      </button>
      {errorIn(state) ? (
        <span role="alert" className="mt-1 max-w-xs text-xs text-red-700">
          {errorIn(state)}
        </span>
      ) : null}
    </form>
  )
}
