"use client"

import { useState, useTransition } from "react"
import { errorIn, type ActionResult } from "@/lib/actions/result"

/**
 * Server actions on the rows of a list, run by the list itself: one pending state and one error per row, rather
 * than a stateful component per button on every row (a page of rows rendered that much slower).
 */
export function useRowActions() {
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [runningRow, setRunningRow] = useState<string | null>(null)
  const [, startTransition] = useTransition()

  function run(rowId: string, action: () => Promise<ActionResult>, onDone?: (result: ActionResult) => void) {
    setRunningRow(rowId)
    startTransition(async () => {
      const result = await action()
      setErrors((previous) => ({ ...previous, [rowId]: errorIn(result) }))
      setRunningRow(null)
      if (result.ok) onDone?.(result)
    })
  }

  return { run, errorOf: (rowId: string) => errors[rowId], isRunning: (rowId: string) => runningRow === rowId }
}
