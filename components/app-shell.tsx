import type { Person } from "@/lib/access/check"
import { MenuDrawer } from "./menu-drawer"
import { Navigation, type FrameAccount } from "./navigation"

/**
 * The frame of every signed-in page: the navigation in a column on wide screens, behind a Menu button on phones.
 * Outside an account (a page not found, an invitation) it has no modules.
 */
export function AppShell({ person, account, children }: { person: Person; account: FrameAccount | null; children: React.ReactNode }) {
  return (
    <div className="min-h-screen md:flex">
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3 md:hidden">
        <p className="min-w-0 truncate text-sm font-semibold text-slate-900">{account?.name ?? "Hitflow"}</p>
        <MenuDrawer>
          <Navigation person={person} account={account} />
        </MenuDrawer>
      </header>
      <aside className="hidden border-r border-slate-200 bg-white md:flex md:min-h-screen md:w-64 md:shrink-0">
        <Navigation person={person} account={account} />
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-10 md:py-10">
        {children}
      </main>
    </div>
  )
}
