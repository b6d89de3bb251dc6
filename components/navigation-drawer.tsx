"use client"

import { useTranslations } from "next-intl"
import { Dialog } from "radix-ui"

export type NavigationDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where the focus goes back when it closes: the Menu button. */
  returnFocus: () => void
  children: React.ReactNode
}

/** The navigation as a drawer on phones (loaded by ./navigation-frame on first use): focus stays inside, Escape closes it. */
export function NavigationDrawer({ open, onOpenChange, returnFocus, children }: NavigationDrawerProps) {
  const t = useTranslations("shell")
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            returnFocus()
          }}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto bg-white shadow-xl focus:outline-none"
        >
          <Dialog.Title className="sr-only">{t("menu")}</Dialog.Title>
          <Dialog.Description className="sr-only">{t("menuDescription")}</Dialog.Description>
          <Dialog.Close
            aria-label={t("closeMenu")}
            className="absolute right-3 top-3 rounded-md px-2 py-1 text-lg text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700"
          >
            <span aria-hidden>×</span>
          </Dialog.Close>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
