import Link from "next/link"
import { redirect } from "next/navigation"
import { currentUserId } from "@/lib/auth"
import { safeReturnPath } from "@/lib/safe-redirect"
import { SignUpForm } from "../sign-up-form"

export const metadata = { title: "Create your account · Hitflow" }

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const next = safeReturnPath((await searchParams).next)
  if (await currentUserId()) redirect(next)
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold text-slate-900">Create your account</h1>
      <SignUpForm next={next} />
      <p className="mt-6 text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-600 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  )
}
