import Link from "next/link"

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="mt-3 text-slate-600">Ask the owner or an Admin of this account for access.</p>
      <Link href="/" className="mt-6 inline-block text-indigo-600 hover:underline">
        Go to your accounts
      </Link>
    </main>
  )
}
