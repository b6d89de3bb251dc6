import Link from "next/link"
import { LanguageSwitcher } from "./language-switcher"

/** The frame of pages seen signed out: the name of the product, a card, and the language switcher under it. */
export function SignedOutFrame({ children, wide = false }: { children: React.ReactNode; wide?: boolean }) {
  return (
    <main id="main" className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-16">
      <div className={`w-full ${wide ? "max-w-lg" : "max-w-sm"} rounded-xl border border-slate-200 bg-white p-8 shadow-sm`}>
        <Link href="/" className="mb-6 block text-center text-lg font-semibold text-indigo-700">
          Hitflow
        </Link>
        {children}
      </div>
      <footer>
        <LanguageSwitcher />
      </footer>
    </main>
  )
}
