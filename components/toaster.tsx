"use client"

import { Toaster as Sonner, toast } from "sonner"

/** Where toasts appear: once, in the root layout, so they outlive a navigation. */
export function Toaster() {
  return <Sonner position="bottom-right" closeButton duration={6000} toastOptions={{ classNames: { toast: "text-sm" } }} />
}

/** A toast saying what just happened, to whom; announced to screen readers as a status. */
export function announce(message: string) {
  toast.success(<span role="status">{message}</span>)
}
