import type { NextRequest } from "next/server"
import { listVisibleAccounts } from "@/lib/accounts/visible"
import { currentUserId } from "@/lib/auth"

// The account menu's data, fetched when the menu opens (not on every page: a person may see hundreds), and again
// as they search it by name (?q=).
export async function GET(request: NextRequest) {
  const userId = await currentUserId()
  if (!userId) return Response.json({ error: "Sign in to see your accounts." }, { status: 401 })
  const search = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 100)
  return Response.json(await listVisibleAccounts(userId, search), { headers: { "cache-control": "no-store" } })
}
