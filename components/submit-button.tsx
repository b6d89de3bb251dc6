"use client"

import { useFormStatus } from "react-dom"

/** A form's submit button, disabled while the form is being sent. */
export function SubmitButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="button-primary">
      {children}
    </button>
  )
}
