import "server-only"
import type { NextRequest } from "next/server"
import { signInByLink } from "@/lib/auth/auth"
import { isSignUpBrowser } from "./browser-cookies"
import { confirmEmail } from "./confirmation"
import { db } from "@/lib/db"
import { findEmailToken, issueEmailToken } from "./email-tokens"
import { requestOrigin } from "./security-events"

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } })
const signInPage = (query: Record<string, string>) => seeOther(`/sign-in?${new URLSearchParams(query)}`)

/**
 * GET /confirm-email/{token}. In the browser that signed up, it confirms the email once, signs in and lands in the
 * person's own account. Anywhere else (a phone's mail app, a mail scanner that follows links) it changes nothing
 * but opens a one-hour page to choose the password: whoever signed up may not be the mailbox's owner, so only the
 * password the mailbox's owner sets there is confirmed (and every session of the address ends).
 */
export async function followConfirmationLink(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.pathname.split("/")[2] ?? ""
  const link = await findEmailToken(token, "CONFIRM_EMAIL")
  if (link.state === "usable" && (await isSignUpBrowser(link.bindingHash))) {
    const confirmed = await confirmEmail(token, requestOrigin(request.headers))
    if (confirmed) return signInByLink(confirmed, "/")
  }
  if (link.state === "usable") {
    const reset = await db.$transaction((tx) => issueEmailToken(tx, link.userId, "RESET_PASSWORD"))
    return seeOther(`/reset-password/${reset.token}`)
  }
  if (link.state === "closed" && link.confirmed) return signInPage({ email: link.email, notice: "confirmed" })
  return signInPage({ notice: "link-closed" })
}
