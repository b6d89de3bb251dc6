import Link from "next/link"

/** The frame of pages seen signed out: the name of the product, and a card. */
export function SignedOutFrame({ children, wide = false }: { children: React.ReactNode; wide?: boolean }) {
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-slate-50 px-4 py-16">
      <div className={`w-full ${wide ? "max-w-lg" : "max-w-sm"} rounded-xl border border-slate-200 bg-white p-8 shadow-sm`}>
        <Link href="/" className="mb-6 block text-center text-lg font-semibold text-indigo-700">
          Hitflow
        </Link>
        {children}
      </div>
    </main>
  )
}
