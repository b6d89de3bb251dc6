"use client"

import { DropdownMenu } from "radix-ui"
import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { useEffect, useRef, useState, useTransition } from "react"
import type { VisibleAccount } from "@/lib/accounts/visible"
import { switchAccountAction } from "@/lib/accounts/actions"
import { errorIn } from "@/lib/actions/result"
import type { Role } from "@/lib/generated/prisma/enums"
import { leaveAccountAction } from "@/lib/members/actions"
import { ConfirmDialog } from "./confirm-dialog"
import { SwitcherLabel } from "./switcher-label"
import { announce } from "./toaster"

export type AccountMenuProps = {
  current: { id: string; name: string } | null
  /** Opened at once: the person asked for it before this code had loaded. */
  defaultOpen: boolean
  /** Takes the focus at once: it replaces the placeholder button that had it. */
  focusTrigger: boolean
}
type Loaded = { accounts: VisibleAccount[]; total: number } | { error: string }

/**
 * The account switcher's menu (loaded by ./account-switcher on first use): every account the person can see (their
 * own first, then the most recently opened), read when it opens. Each account is a menu item named by the account;
 * Enter opens it. Leaving an account sits behind its "…" menu, and asks first.
 */
export function AccountMenu({ current, defaultOpen, focusTrigger }: AccountMenuProps) {
  const [open, setOpen] = useState(defaultOpen)
  const [search, setSearch] = useState("")
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [leaving, setLeaving] = useState<VisibleAccount | null>(null)
  const [failure, setFailure] = useState<string>()
  const [, startTransition] = useTransition()
  const router = useRouter()
  const t = useTranslations("shell")
  const catalog = useTranslations()
  const rolesOf = (account: VisibleAccount) => (account.isOwner ? catalog("roles.OWNER") : account.roles.map((role: Role) => catalog(`roles.${role}`)).join(", "))
  const content = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (focusTrigger && !defaultOpen) trigger.current?.focus()
  }, [focusTrigger, defaultOpen])

  useEffect(() => {
    if (!open) return
    let current = true
    fetch(`/api/accounts?q=${encodeURIComponent(search)}`, { cache: "no-store" })
      .then(async (response) => (response.ok ? ((await response.json()) as Loaded) : { error: t("loadFailed") }))
      .catch(() => ({ error: t("loadFailed") }))
      .then((result) => current && setLoaded(result))
    return () => {
      current = false
    }
  }, [open, search, t])

  // The menu opens before its accounts arrive: once they do, the first one takes the focus, as Radix gives it to the
  // first item of a menu opened from the keyboard (unless the person already moved, or is typing a search).
  useEffect(() => {
    if (loaded && content.current && document.activeElement === content.current) {
      content.current.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus()
    }
  }, [loaded])

  const accounts = loaded && "accounts" in loaded ? loaded.accounts : []
  const searchable = search !== "" || (loaded && "accounts" in loaded && loaded.total > loaded.accounts.length)

  const openAccount = (account: VisibleAccount) =>
    startTransition(async () => {
      const result = await switchAccountAction(account.id)
      setFailure(errorIn(result))
    })

  return (
    <>
      <DropdownMenu.Root
        // Not modal: a modal menu hides the page with aria-hidden while its links stay focusable behind it.
        modal={false}
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          setSearch("")
          if (next) setLoaded(null) // read afresh on every opening
        }}
      >
        <DropdownMenu.Trigger ref={trigger} className="switcher-trigger" data-testid="current-account">
          <SwitcherLabel name={current?.name} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            ref={content}
            align="start"
            sideOffset={6}
            // Radix names the menu after its trigger (the current account); the menu is the list of all of them.
            aria-labelledby={undefined}
            aria-label={t("yourAccounts")}
            className="menu-content w-80 max-w-[calc(100vw-2rem)]">
            {searchable ? (
              <div className="px-2 pb-2 pt-1">
                <input
                  type="search"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  // Letters go to the field, not to the menu's type-ahead; the arrows still move into the list.
                  onKeyDown={(event) => {
                    if (!["ArrowDown", "ArrowUp", "Escape", "Tab"].includes(event.key)) event.stopPropagation()
                  }}
                  aria-label={t("searchAccounts")}
                  placeholder={t("searchAccounts")}
                  className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
                />
                {loaded && "accounts" in loaded && loaded.total > loaded.accounts.length ? (
                  <p className="mt-1 text-xs text-slate-600">{t("showing", { shown: loaded.accounts.length, total: loaded.total })}</p>
                ) : null}
              </div>
            ) : null}
            {!loaded ? <p className="px-3 py-2 text-sm text-slate-600">{t("loading")}</p> : null}
            {loaded && "error" in loaded ? (
              <p role="alert" className="px-3 py-2 text-sm text-red-700">
                {loaded.error}
              </p>
            ) : null}
            {loaded && "accounts" in loaded && loaded.total === 0 ? <p className="px-3 py-2 text-sm text-slate-600">{t("noMatch")}</p> : null}
            <div className="max-h-96 overflow-y-auto">
              {accounts.map((account) => {
                const isCurrent = account.id === current?.id
                const details = `account-${account.id}-details`
                return (
                  <div key={account.id} className="flex items-stretch gap-1" data-testid="account-entry">
                    <DropdownMenu.Item
                      aria-describedby={details}
                      aria-current={isCurrent ? "true" : undefined}
                      disabled={account.status === "DISABLED"}
                      onSelect={() => openAccount(account)}
                      className="menu-item min-w-0 flex-1"
                    >
                      <span aria-hidden className="w-4 shrink-0 text-indigo-700">
                        {isCurrent ? "✓" : ""}
                      </span>
                      <span className="min-w-0">
                        <span className={`block truncate text-sm ${isCurrent ? "font-semibold" : "font-medium"}`}>{account.name}</span>
                        {/* Hidden from the name (the item is named by its account alone, as its visible label), read as its description. */}
                        <span id={details} aria-hidden className="block truncate text-xs text-slate-600">
                          {rolesOf(account)}
                          {account.status === "DISABLED" ? <span className="ml-2 font-medium text-amber-800">{t("deactivated")}</span> : null}
                          {account.status !== "DISABLED" && account.twoFactorRequired ? <span className="ml-2 font-medium text-amber-800">{t("twoFactorRequired")}</span> : null}
                          {isCurrent ? <span className="sr-only"> {t("currentAccount")}</span> : null}
                        </span>
                      </span>
                    </DropdownMenu.Item>
                    {account.isOwner ? null : (
                      <DropdownMenu.Sub>
                        <DropdownMenu.SubTrigger aria-label={t("moreFor", { account: account.name })} className="menu-item w-9 shrink-0 justify-center">
                          <span aria-hidden>…</span>
                        </DropdownMenu.SubTrigger>
                        <DropdownMenu.Portal>
                          <DropdownMenu.SubContent className="menu-content" sideOffset={4}>
                            <DropdownMenu.Item onSelect={() => setLeaving(account)} className="menu-item text-sm text-red-700">
                              {t("leave", { account: account.name })}
                            </DropdownMenu.Item>
                          </DropdownMenu.SubContent>
                        </DropdownMenu.Portal>
                      </DropdownMenu.Sub>
                    )}
                  </div>
                )
              })}
            </div>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {failure ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {failure}
        </p>
      ) : null}
      <ConfirmDialog
        open={leaving !== null}
        onClose={() => setLeaving(null)}
        title={t("leaveTitle", { account: leaving?.name ?? "" })}
        message={t("leaveMessage")}
        confirmLabel={t("leaveConfirm")}
        keepLabel={t("stay")}
        action={() => leaveAccountAction(leaving!.id)}
        onDone={(result) => {
          if (result.ok && result.message) announce(result.message)
          if (result.ok && result.redirectTo) router.push(result.redirectTo)
        }}
      />
    </>
  )
}
