"use client"

import { useRef, useState, type ComponentType } from "react"
import type { AccountMenuProps } from "./account-menu"
import { SwitcherLabel } from "./switcher-label"

type AccountMenu = ComponentType<AccountMenuProps>
let loading: Promise<AccountMenu> | undefined
const loadMenu = () => (loading ??= import("./account-menu").then((module) => module.AccountMenu))

const OPENING_KEYS = ["Enter", " ", "ArrowDown"]

/**
 * The account switcher. Every signed-in page shows it, few open it: until then it is this button alone, and the
 * menu's code (./account-menu) loads when a pointer comes near it or it takes the focus. A press before that opens
 * the menu as soon as it arrives.
 */
export function AccountSwitcher({ current }: { current: { id: string; name: string } | null }) {
  const [Menu, setMenu] = useState<AccountMenu | null>(null)
  const [openOnArrival, setOpenOnArrival] = useState(false)
  const focused = useRef(false)
  const load = () => void loadMenu().then((menu) => setMenu(() => menu))
  if (Menu) return <Menu current={current} defaultOpen={openOnArrival} focusTrigger={focused.current} />
  const ask = () => {
    setOpenOnArrival(true)
    load()
  }
  return (
    <button
      type="button"
      className="switcher-trigger"
      data-testid="current-account"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={load}
      onFocus={() => {
        focused.current = true
        load()
      }}
      onBlur={() => (focused.current = false)}
      // Radix's trigger opens on pointerdown: so does this, so a press that the loaded menu interrupts still counts.
      onPointerDown={(event) => {
        if (event.button !== 0 || event.ctrlKey) return
        event.preventDefault()
        ask()
      }}
      onClick={ask}
      onKeyDown={(event) => {
        if (!OPENING_KEYS.includes(event.key)) return
        event.preventDefault()
        ask()
      }}
    >
      <SwitcherLabel name={current?.name} />
    </button>
  )
}
