import "server-only"
import { cache } from "react"
import { forbidden, notFound, redirect } from "next/navigation"
import { decide, findAccessForSession, type AccountAccess } from "@/lib/access"
import { currentViewer } from "@/lib/auth"

export type AccountContext = { userId: string; access: AccountAccess }

// Pages re-check what proxy.ts already decided (defence in depth); cached so layout and page share one query.
const loadAccess = cache(async (accountId: string) => {
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
