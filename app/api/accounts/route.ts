import { listVisibleAccounts } from "@/lib/accounts/visible"
import { routeHandler } from "@/lib/actions/route-handler"

// The account menu's data, fetched when the menu opens (not on every page: a person may see hundreds), and again
// as they search it by name (?q=).
export const GET = routeHandler({ kind: "signed-in" }, async (request, { userId }) => {
  const search = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 100)
  return Response.json(await listVisibleAccounts(userId, search), { headers: { "cache-control": "no-store" } })
})
