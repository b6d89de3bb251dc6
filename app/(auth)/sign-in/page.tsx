import Link from "next/link"
import { redirect } from "next/navigation"
import { currentUserId } from "@/lib/auth/auth"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { SignInForm } from "./sign-in-form"

export const metadata = { title: "Sign in · Hitflow" }

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams
  const next = safeReturnPath(params.next)
  if (await currentUserId()) redirect(next)
  const email = typeof params.email === "string" ? params.email : undefined
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold text-slate-900">Sign in</h1>
      <SignInForm next={next} email={email} />
      <p className="mt-6 text-sm text-slate-600">
        New to Hitflow?{" "}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-700 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  )
}
