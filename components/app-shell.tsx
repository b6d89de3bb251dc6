import type { Person } from "@/lib/access/check"
import { Navigation, type FrameAccount } from "./navigation"
import { NavigationFrame } from "./navigation-frame"

/**
 * The frame of every signed-in page: the navigation in a column on wide screens, behind a Menu button on phones.
 * Outside an account (a page not found, an invitation) it has no modules.
 */
export function AppShell({ person, account, children }: { person: Person; account: FrameAccount | null; children: React.ReactNode }) {
  return (
    <div className="min-h-screen md:flex">
      <NavigationFrame title={account?.name ?? "Hitflow"}>
        <Navigation person={person} account={account} />
      </NavigationFrame>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-10 md:py-10">
        {children}
      </main>
    </div>
  )
}
