"use client"

import { Dialog } from "radix-ui"
import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"

/** Below 768 px, the navigation opens from a Menu button, as a drawer: focus stays inside, Escape closes it. */
export function MenuDrawer({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  useEffect(() => setOpen(false), [pathname]) // a link followed closes it
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="button-secondary px-3 py-1.5 text-sm">Menu</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto bg-white shadow-xl focus:outline-none">
          <Dialog.Title className="sr-only">Menu</Dialog.Title>
          <Dialog.Description className="sr-only">The account, its modules and your profile.</Dialog.Description>
          <Dialog.Close aria-label="Close menu" className="absolute right-3 top-3 rounded-md px-2 py-1 text-lg text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700">
            <span aria-hidden>×</span>
          </Dialog.Close>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
