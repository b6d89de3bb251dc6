import Link from "next/link"
import { useTranslations } from "next-intl"
import type { Person } from "@/lib/access/check"
import type { ModuleDefinition } from "@/lib/modules"
import { AccountSwitcher } from "./account-switcher"
import { NavLink } from "./nav-link"

export type FrameAccount = { id: string; name: string; modules: ModuleDefinition[] }

/** The app's navigation: the account switcher, the account's modules (none outside an account), and who is signed in. */
export function Navigation({ person, account }: { person: Person; account: FrameAccount | null }) {
  const t = useTranslations("shell")
  const catalog = useTranslations()
  const sections = [
    { title: t("monitoring"), items: account?.modules.filter((module) => module.section === "monitoring") ?? [] },
    { title: t("settings"), items: account?.modules.filter((module) => module.section === "settings") ?? [] },
  ].filter((section) => section.items.length > 0)
  return (
    <div className="flex min-h-full flex-1 flex-col">
      <div className="px-4 pb-2 pt-4">
        <Link href="/" className="text-sm font-semibold text-indigo-700">
          Hitflow
        </Link>
        <div className="mt-1">
          <AccountSwitcher current={account && { id: account.id, name: account.name }} />
        </div>
      </div>
      <nav aria-label={t("main")} className="flex-1 px-4 py-2">
        {sections.map((section) => (
          <div key={section.title} className="mb-4">
            <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{section.title}</h2>
            <ul className="flex flex-col gap-0.5">
              {section.items.map((module) => (
                <li key={module.path}>
                  <NavLink href={`/accounts/${account!.id}/${module.path}`}>{catalog(`modules.${module.path}`)}</NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="border-t border-slate-200 px-4 py-4">
        <p className="truncate text-sm font-medium text-slate-900">{person.name}</p>
        <p className="truncate text-xs text-slate-600">{person.email}</p>
        <div className="mt-3 flex items-center gap-2">
          <Link href="/profile" className="row-button">
            {t("profile")}
          </Link>
          <form method="post" action="/sign-out">
            <button type="submit" className="row-button">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </div>
  )
}
