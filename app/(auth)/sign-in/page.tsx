import Link from "next/link"
import { redirect } from "next/navigation"
import { currentUserId } from "@/lib/auth/auth"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { SignInForm } from "./sign-in-form"

export const metadata = { title: "Sign in · Hitflow" }

/** What a mailed link that did not sign the browser in (a confirmation, a reset with two-factor on) says here. */
const NOTICES: Record<string, string> = {
  confirmed: "Your email is confirmed. Sign in to continue.",
  "link-closed": "This confirmation link has expired or was already used. Sign in to get a new one.",
  "password-set": "Your new password is set. Sign in with it, then with your authentication code.",
  "two-factor": "Sign in with your password, then with your authentication code.",
  deleted: "Your Hitflow user was deleted. We sent a last mail to confirm it.",
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams
  const next = safeReturnPath(params.next)
  if (await currentUserId()) redirect(next)
  const email = typeof params.email === "string" ? params.email : undefined
  const notice = typeof params.notice === "string" && Object.hasOwn(NOTICES, params.notice) ? NOTICES[params.notice] : undefined
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold text-slate-900">Sign in</h1>
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-900">
          {notice}
        </p>
      ) : null}
      <SignInForm next={next} email={email} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-700 hover:underline">
          Forgot password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">
        New to Hitflow?{" "}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-700 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  )
}
