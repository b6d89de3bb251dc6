"use client"

import { usePathname } from "next/navigation"
import { useTranslations } from "next-intl"
import { useEffect, useRef, useState, type ComponentType } from "react"
import type { NavigationDrawerProps } from "./navigation-drawer"

type NavigationDrawer = ComponentType<NavigationDrawerProps>
let loading: Promise<NavigationDrawer> | undefined
const loadDrawer = () => (loading ??= import("./navigation-drawer").then((module) => module.NavigationDrawer))

/**
 * Where the navigation sits: a column on wide screens; below 768 px, behind a Menu button, as a drawer. The server
 * renders the navigation once and it is placed in both, so a page carries it once. The drawer's code loads when the
 * button is near a pointer or focused; until it is open it renders nothing.
 */
export function NavigationFrame({ title, children }: { title: string; children: React.ReactNode }) {
  const [Drawer, setDrawer] = useState<NavigationDrawer | null>(null)
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const pathname = usePathname()
  const t = useTranslations("shell")
  useEffect(() => setOpen(false), [pathname]) // a link followed closes it
  const load = () => void loadDrawer().then((drawer) => setDrawer(() => drawer))
  return (
    <>
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3 md:hidden">
        <p className="min-w-0 truncate text-sm font-semibold text-slate-900">{title}</p>
        <button
          ref={button}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={open}
          onPointerEnter={load}
          onFocus={load}
          onClick={() => {
            setOpen(true)
            load()
          }}
          className="button-secondary px-3 py-1.5 text-sm"
        >
          {t("menu")}
        </button>
        {Drawer ? (
          <Drawer open={open} onOpenChange={setOpen} returnFocus={() => button.current?.focus()}>
            {children}
          </Drawer>
        ) : null}
      </header>
      <aside className="hidden border-r border-slate-200 bg-white md:flex md:min-h-screen md:w-64 md:shrink-0">{children}</aside>
    </>
  )
}
