import "server-only"
import { db } from "@/lib/db"
import type { Locale } from "./locales"

/** A person's language and time zone, as their profile sets them. */
export async function savePreferences(userId: string, preferences: { locale: Locale; timeZone: string }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: preferences })
}
