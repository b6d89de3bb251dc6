import Link from "next/link"
import { findEmailToken } from "@/lib/identity/email-tokens"
import { ResetPasswordForm } from "./reset-password-form"

export const metadata = { title: "Set a new password · Hitflow" }

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params
  const link = await findEmailToken(token, "RESET_PASSWORD")
  if (link.state !== "usable") {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold text-slate-900">This link no longer works</h1>
        <p className="mb-6 text-sm text-slate-600">A reset link works once, for an hour, and only the newest one sent. Ask for a new one.</p>
        <Link href="/forgot-password" className="button-primary inline-block">
          Send a new link
        </Link>
      </>
    )
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-slate-900">Set a new password</h1>
      <p className="mb-6 text-sm text-slate-600">
        For <strong>{link.email}</strong>. Your other sessions will be signed out.
      </p>
      <ResetPasswordForm token={token} />
    </>
  )
}
