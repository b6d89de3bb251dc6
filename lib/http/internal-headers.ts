import type { IncomingHttpHeaders } from "node:http"
import { ACCESS_HEADER } from "../access/forwarded"

// Headers only the app itself sets between its layers (proxy.ts → pages). proxy.ts overwrites them on the paths
// it runs on; everywhere else a client's copy would reach the page, so the HTTP front drops them from every request.
const INTERNAL_HEADERS = [ACCESS_HEADER]

export function dropInternalHeaders(headers: IncomingHttpHeaders): void {
  for (const name of INTERNAL_HEADERS) delete headers[name]
}
