"use client"

import { useState, useTransition } from "react"

type RowResult = { error?: string }

/**
 * Server actions on the rows of a list, run by the list itself: one pending state and one error per row, rather
 * than a stateful component per button on every row (a page of rows rendered that much slower).
 */
export function useRowActions() {
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [runningRow, setRunningRow] = useState<string | null>(null)
  const [, startTransition] = useTransition()

  function run(rowId: string, action: () => Promise<RowResult>, onDone?: () => void) {
    setRunningRow(rowId)
    startTransition(async () => {
      const result = await action()
      setErrors((previous) => ({ ...previous, [rowId]: result.error }))
      setRunningRow(null)
      if (!result.error) onDone?.()
    })
  }

  return { run, errorOf: (rowId: string) => errors[rowId], isRunning: (rowId: string) => runningRow === rowId }
}
