import "server-only"
import { inEnglish } from "@/lib/i18n/catalogs"
import { countUnlessLimited, EXPORT_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { exportPersonalData } from "./export"

/** Export my data: a JSON file of everything Hitflow holds about the person, at most 5 an hour. */
export async function dataDownload(request: Request, userId: string, now = new Date()): Promise<Response> {
  // A link on another site must not use up the person's downloads (the session cookie goes with top-level GETs).
  if (request.headers.get("sec-fetch-site") === "cross-site") return Response.json({ error: "Open this from your Hitflow profile." }, { status: 403, headers: { "cache-control": "no-store" } })
  const counted = await countUnlessLimited([{ key: throttleKeys.dataExport(userId), limit: EXPORT_THROTTLE.limit }], now)
  if (!counted.ok) return Response.json({ error: inEnglish(EXPORT_THROTTLE.message) }, { status: 429, headers: { "cache-control": "no-store", "retry-after": "3600" } })
  const data = await exportPersonalData(userId, now)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="hitflow-data-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  })
}
