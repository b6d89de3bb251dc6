import type { Reader } from "@/lib/format"

/** What every mail component gets beside its data: its recipient's language and time zone. */
export type ForReader = { reader: Reader }

/** The reader `npm run email` previews the mails for. */
export const PREVIEW_READER: Reader = { locale: "en", timeZone: "Europe/Paris" }
