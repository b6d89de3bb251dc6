import Link from "next/link"
import { ForgotPasswordForm } from "./forgot-password-form"

export const metadata = { title: "Forgot password · Hitflow" }

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-slate-900">Forgot password</h1>
      <p className="mb-6 text-sm text-slate-600">Enter the email of your Hitflow account: we will mail you a link to set a new password.</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="font-medium text-indigo-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </>
  )
}
