import Link from "next/link"

export type WayForward = { href: string; label: string }

/** A page saying what cannot be done here and why, with the ways forward. */
export function Refusal({ title, children, ways }: { title: string; children: React.ReactNode; ways: WayForward[] }) {
  return (
    <section className="max-w-xl">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <div className="mt-3 space-y-2 text-slate-700">{children}</div>
      <ul className="mt-6 flex flex-wrap gap-3">
        {ways.map((way, index) => (
          <li key={way.href}>
            <Link href={way.href} className={index === 0 ? "button-primary" : "button-secondary"}>
              {way.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
