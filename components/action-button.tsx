"use client"

import { useActionState } from "react"

type Props = {
  action: () => Promise<{ error?: string }>
  label: string
  variant?: "default" | "danger" | "primary"
}

const tones = {
  default: "border border-slate-200 text-slate-700 hover:bg-slate-100",
  danger: "border border-slate-200 text-red-700 hover:bg-red-50",
  primary: "bg-indigo-600 font-medium text-white hover:bg-indigo-500",
}

/** A one-click server action on a list row, with its error shown beside it. */
export function ActionButton({ action, label, variant = "default" }: Props) {
  const [state, run, pending] = useActionState(async () => action(), {} as { error?: string })
  return (
    <form action={run} className="inline-flex flex-col items-end">
      <button type="submit" disabled={pending} className={`rounded-md px-3 py-1.5 text-sm ${tones[variant]} disabled:opacity-60`}>
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
