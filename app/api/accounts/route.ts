import { listVisibleAccounts } from "@/lib/accounts/visible"
import { currentUserId } from "@/lib/auth"

// The account menu's data, fetched when the menu opens (not on every page: a person may see hundreds).
export async function GET() {
  const userId = await currentUserId()
  if (!userId) return Response.json({ error: "Sign in to see your accounts." }, { status: 401 })
  return Response.json({ accounts: await listVisibleAccounts(userId) }, { headers: { "cache-control": "no-store" } })
}
