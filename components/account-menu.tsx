"use client"

import { useEffect, useRef, useState } from "react"
import { switchAccountAction } from "@/lib/accounts/actions"
import { leaveAccountAction } from "@/lib/members/actions"
import type { VisibleAccount } from "@/lib/accounts/visible"
import { ROLE_LABELS } from "@/lib/modules"
import { ActionButton } from "./action-button"
import { ConfirmButton } from "./confirm-button"

type Props = { currentAccountId: string; currentAccountName: string }
type Loaded = { accounts: VisibleAccount[]; total: number } | { error: string }

/** The current account's name; opens the list of every account the person can see, to switch or leave. */
export function AccountMenu({ currentAccountId, currentAccountName }: Props) {
  const [open, setOpen] = useState(false)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [search, setSearch] = useState("")
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    let current = true
    fetch(`/api/accounts?q=${encodeURIComponent(search)}`, { cache: "no-store" })
      .then(async (response) => (await response.json()) as Loaded)
      .catch(() => ({ error: "Your accounts could not be loaded. Try again." }))
      .then((result) => current && setLoaded(result))
    return () => {
      current = false
    }
  }, [open, search])
  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node) && !(event.target as Element).closest("dialog")) setOpen(false)
    }
    document.addEventListener("mousedown", close)
    return () => document.removeEventListener("mousedown", close)
  }, [open])

  return (
    <div ref={container} className="relative min-w-0">
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => {
          setLoaded(null) // fetched afresh on every opening
          setSearch("")
          setOpen(!open)
        }}
        className="flex max-w-full items-center gap-1 truncate rounded-md text-left text-base font-medium text-slate-900 hover:text-indigo-700"
        data-testid="current-account"
      >
        <span className="truncate">{currentAccountName}</span>
        <span aria-hidden className="text-xs text-slate-400">▾</span>
      </button>
      {open ? (
        <div role="region" aria-label="Your accounts" className="absolute left-0 z-20 mt-2 w-80 max-w-[90vw] rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
          {search || (loaded && "accounts" in loaded && loaded.total > loaded.accounts.length) ? (
            <div className="px-2 pb-2">
              <input
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                aria-label="Search your accounts"
                placeholder="Search your accounts"
                className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
              />
              {loaded && "accounts" in loaded && loaded.total > loaded.accounts.length ? (
                <p className="mt-1 text-xs text-slate-500">{`Showing ${loaded.accounts.length} of ${loaded.total}. Type a name to find the others.`}</p>
              ) : null}
            </div>
          ) : null}
          {!loaded ? <p className="px-2 py-2 text-sm text-slate-500">Loading your accounts…</p> : null}
          {loaded && "accounts" in loaded && loaded.total === 0 ? <p className="px-2 py-2 text-sm text-slate-500">No account matches.</p> : null}
          {loaded && "error" in loaded ? <p role="alert" className="px-2 py-2 text-sm text-red-600">{loaded.error}</p> : null}
          <ul className="max-h-96 overflow-y-auto">
            {(loaded && "accounts" in loaded ? loaded.accounts : []).map((account) => (
              <li key={account.id} className="flex items-center justify-between gap-2 rounded-md px-2 py-2 hover:bg-slate-50" data-testid="account-entry">
                <div className="min-w-0">
                  <p className={`truncate text-sm font-medium ${account.id === currentAccountId ? "text-indigo-700" : "text-slate-900"}`}>{account.name}</p>
                  <p className="truncate text-xs text-slate-500">
                    {account.isOwner ? "Owner" : account.roles.map((role) => ROLE_LABELS[role]).join(", ")}
                    {account.status === "DISABLED" ? <span className="ml-2 font-medium text-amber-700">Deactivated</span> : null}
                  </p>
                </div>
                <div className="flex shrink-0 gap-1">
                  {account.status === "ACTIVE" && account.id !== currentAccountId ? (
                    <ActionButton action={switchAccountAction.bind(null, account.id)} label="Open" />
                  ) : null}
                  {!account.isOwner ? (
                    <ConfirmButton
                      label="Leave"
                      title={`Leave ${account.name}?`}
                      message="The account disappears from your list and its owner is told. Only a new invitation can give you access again."
                      action={leaveAccountAction.bind(null, account.id)}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
