"use client"

import { useActionState } from "react"
import { rowButtonClass, type ButtonTone } from "./button-classes"

type Props = {
  action: () => Promise<{ error?: string }>
  label: string
  variant?: ButtonTone
}

/** A one-click server action, with its error shown beside it. */
export function ActionButton({ action, label, variant = "default" }: Props) {
  const [state, run, pending] = useActionState(async () => action(), {} as { error?: string })
  return (
    <form action={run} className="inline-flex flex-col items-end">
      <button type="submit" disabled={pending} className={rowButtonClass(variant)}>
        {label}
      </button>
      {state.error ? (
        <span role="alert" className="mt-1 max-w-xs text-xs text-red-600">
          {state.error}
        </span>
      ) : null}
    </form>
  )
}
