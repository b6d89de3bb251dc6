import "server-only"
import { endSession } from "./auth"

/**
 * Signing out from the navigation: a plain form POST (the same on every page, no server action and no script),
 * answered with "see other" so the browser then GETs the sign-in page. Another site's form never gets here: the
 * HTTP front refuses cross-site POSTs (lib/http/request-guard.ts) and the session cookie is SameSite=Lax.
 */
export async function signOutRequest(): Promise<Response> {
  await endSession()
  return new Response(null, { status: 303, headers: { location: "/sign-in", "cache-control": "no-store" } })
}
