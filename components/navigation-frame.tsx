"use client"

import { Dialog } from "radix-ui"
import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"

/**
 * Where the navigation sits: a column on wide screens; below 768 px, behind a Menu button, as a drawer (focus stays
 * inside, Escape closes it). The server renders the navigation once and it is placed in both, so a page carries it
 * once; the closed drawer renders nothing.
 */
export function NavigationFrame({ title, children }: { title: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  useEffect(() => setOpen(false), [pathname]) // a link followed closes it
  return (
    <>
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3 md:hidden">
        <p className="min-w-0 truncate text-sm font-semibold text-slate-900">{title}</p>
        <Dialog.Root open={open} onOpenChange={setOpen}>
          <Dialog.Trigger className="button-secondary px-3 py-1.5 text-sm">Menu</Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
            <Dialog.Content className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto bg-white shadow-xl focus:outline-none">
              <Dialog.Title className="sr-only">Menu</Dialog.Title>
              <Dialog.Description className="sr-only">The account, its modules and your profile.</Dialog.Description>
              <Dialog.Close
                aria-label="Close menu"
                className="absolute right-3 top-3 rounded-md px-2 py-1 text-lg text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700"
              >
                <span aria-hidden>×</span>
              </Dialog.Close>
              {children}
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </header>
      <aside className="hidden border-r border-slate-200 bg-white md:flex md:min-h-screen md:w-64 md:shrink-0">{children}</aside>
    </>
  )
}
