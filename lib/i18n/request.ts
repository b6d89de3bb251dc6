import { getRequestConfig } from "next-intl/server"
import { CATALOGS } from "./catalogs"
import { requestPreferences } from "./request-locale"

// next-intl's configuration for one request (next.config.ts names this file).
export default getRequestConfig(async () => {
  const { locale, timeZone } = await requestPreferences()
  return { locale, timeZone, messages: CATALOGS[locale] }
})
