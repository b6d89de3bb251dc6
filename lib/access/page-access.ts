import "server-only"
import { cache } from "react"
import { headers } from "next/headers"
import { forbidden, notFound, redirect } from "next/navigation"
import { decide, findAccessForSession, type AccountAccess } from "@/lib/access/check"
import { ACCESS_HEADER, decodeAccess } from "@/lib/access/forwarded"
import { currentViewer } from "@/lib/auth/auth"

export type AccountContext = { userId: string; access: AccountAccess }

// Pages apply the role table again to what proxy.ts read (forwarded in a request header), or read it themselves
// when no proxy decision came with the request. Cached so layout and page share it.
const loadAccess = cache(async (accountId: string) => {
  const forwarded = decodeAccess((await headers()).get(ACCESS_HEADER), accountId)
  if (forwarded) return forwarded
  const viewer = await currentViewer()
  const access = viewer ? await findAccessForSession(viewer, accountId) : "signed-out"
  if (!viewer || access === "signed-out") redirect("/sign-in")
  return { userId: viewer.userId, access }
})

/** The signed-in person's access to the page at /accounts/{accountId}/{subPath}, or the matching refusal. */
export async function requirePageAccess(accountId: string, subPath: string): Promise<AccountContext> {
  const { userId, access } = await loadAccess(accountId)
  const decision = decide(access, subPath)
  if (decision.kind === "not-found") notFound()
  if (decision.kind !== "allow") forbidden()
  return { userId, access: decision.access }
}
