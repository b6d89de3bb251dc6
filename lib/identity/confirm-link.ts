import "server-only"
import type { NextRequest } from "next/server"
import { signInByLink } from "@/lib/auth/auth"
import { isSignUpBrowser } from "./browser-cookies"
import { confirmEmail } from "./confirmation"
import { findEmailToken } from "./email-tokens"
import { requestOrigin } from "./security-events"

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } })
const signInPage = (query: Record<string, string>) => seeOther(`/sign-in?${new URLSearchParams(query)}`)

/**
 * GET /confirm-email/{token}: confirms the email, once. The browser that signed up is signed in and lands in its own
 * account; any other (a phone's mail app, a link scanner) only confirms, then signs in with the password.
 */
export async function followConfirmationLink(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.pathname.split("/")[2] ?? ""
  const confirmed = await confirmEmail(token, requestOrigin(request.headers))
  if (confirmed && (await isSignUpBrowser(confirmed.bindingHash))) return signInByLink(confirmed.userId, "/")
  if (confirmed) return signInPage({ email: confirmed.email, notice: "confirmed" })
  const link = await findEmailToken(token, "CONFIRM_EMAIL")
  if (link.state === "closed" && link.confirmed) return signInPage({ email: link.email, notice: "confirmed" })
  return signInPage({ notice: "link-closed" })
}
