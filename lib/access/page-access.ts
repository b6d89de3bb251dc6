import "server-only"
import { cache } from "react"
import { headers } from "next/headers"
import { forbidden, notFound, redirect } from "next/navigation"
import { decide, findAccessForSession, type AccountAccess, type Person } from "@/lib/access/check"
import { ACCESS_HEADER, decodeAccess, decodeForwarded, type ForwardedAccess } from "@/lib/access/forwarded"
import { currentViewer } from "@/lib/auth/auth"
import { requestTranslator } from "@/lib/i18n/request-locale"

export type AccountContext = { userId: string; person: Person; access: AccountAccess }

// Pages apply the role table again to what proxy.ts read (forwarded in a request header), or read it themselves
// when no proxy decision came with the request. Cached so the layout, the page and a refusal page share it.
const loadAccess = cache(async (accountId: string): Promise<ForwardedAccess> => {
  const forwarded = decodeAccess((await headers()).get(ACCESS_HEADER), accountId)
  if (forwarded) return forwarded
  const viewer = await currentViewer()
  const found = viewer ? await findAccessForSession(viewer, accountId) : "signed-out"
  if (!viewer || found === "signed-out") redirect("/sign-in")
  return { accountId, userId: viewer.userId, person: found.person, access: found.access, verdict: { kind: found.access ? "allow" : "not-found" } }
})

/**
 * The account's frame (layout): anyone who may see the account gets it, a deactivated member included (their page
 * then says so); for anyone else the account does not exist.
 */
export async function requireAccountFrame(accountId: string): Promise<AccountContext> {
  const { userId, person, access } = await loadAccess(accountId)
  if (!access) notFound()
  return { userId, person, access }
}

/** The signed-in person's access to the page at /accounts/{accountId}/{subPath}, or the matching refusal. */
export async function requirePageAccess(accountId: string, subPath: string): Promise<AccountContext> {
  const { userId, person, access } = await loadAccess(accountId)
  const decision = decide(access, subPath)
  if (decision.kind === "not-found") notFound()
  if (decision.kind !== "allow") forbidden()
  return { userId, person, access: decision.access }
}

/** What the proxy read and decided on this request, for a refusal page (which gets no props): null outside /accounts/. */
export async function forwardedHere(): Promise<ForwardedAccess | null> {
  return decodeForwarded((await headers()).get(ACCESS_HEADER))
}

/** A page's title, naming the account: "Users · Alice's account · Hitflow" (never a name the person may not see). */
export async function accountPageTitle(accountId: string, page: string): Promise<string> {
  const { access } = await loadAccess(accountId)
  if (access) return `${page} · ${access.accountName} · Hitflow`
  const t = await requestTranslator("notFound")
  return t("metaTitle")
}
