"use client"

import { useFormStatus } from "react-dom"

/** A form's submit button, disabled while the form is being sent. */
export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`button-${variant}`}>
      {children}
    </button>
  )
}
