import Link from "next/link"
import { signOutAction } from "@/lib/auth/actions"
import type { ModuleDefinition } from "@/lib/modules"
import { AccountMenu } from "./account-menu"
import { ActionButton } from "./action-button"
import { NavLink } from "./nav-link"

type Props = { accountId: string; accountName: string; modules: ModuleDefinition[] }

export function AccountNav({ accountId, accountName, modules }: Props) {
  const sections = [
    { title: "Monitoring", items: modules.filter((module) => module.section === "monitoring") },
    { title: "Settings", items: modules.filter((module) => module.section === "settings") },
  ].filter((section) => section.items.length > 0)

  return (
    <nav aria-label="Main" className="border-b border-slate-200 bg-white md:min-h-screen md:w-64 md:border-b-0 md:border-r">
      <div className="flex items-center justify-between gap-3 px-4 py-4">
        <div className="min-w-0">
          <Link href="/" className="text-sm font-semibold text-indigo-600">
            Hitflow
          </Link>
          <AccountMenu currentAccountId={accountId} currentAccountName={accountName} />
        </div>
        <ActionButton action={signOutAction} label="Sign out" />
      </div>
      <div className="flex gap-6 overflow-x-auto px-4 pb-4 md:flex-col md:overflow-visible">
        {sections.map((section) => (
          <div key={section.title} className="shrink-0">
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">{section.title}</p>
            <ul className="flex gap-1 md:flex-col">
              {section.items.map((module) => (
                <li key={module.path}>
                  <NavLink href={`/accounts/${accountId}/${module.path}`}>{module.label}</NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  )
}
