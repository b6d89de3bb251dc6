"use server"

import { revalidatePath } from "next/cache"
import { cookies } from "next/headers"
import { z } from "zod"
import { formData, serverAction } from "@/lib/actions/server-action"
import { isServedOverHttps } from "@/lib/app-url"
import { translatorFor } from "./catalogs"
import { errorKey } from "./error-keys"
import { LOCALE_COOKIE, LOCALES } from "./locales"
import { savePreferences } from "./preferences"
import { isTimeZone } from "./time-zones"

const YEAR_S = 365 * 24 * 60 * 60
const localeField = z.enum(LOCALES, { error: errorKey("chooseLanguage") })

/** The footer's switcher, for visitors who are not signed in: their choice lives in a cookie on this browser. */
export const chooseLanguageAction = serverAction({ kind: "public" }, [localeField], async (_caller, locale) => {
  ;(await cookies()).set(LOCALE_COOKIE, locale, { httpOnly: true, sameSite: "lax", secure: isServedOverHttps(), path: "/", maxAge: YEAR_S })
  revalidatePath("/", "layout")
  return { ok: true }
})

const CHOOSE_TIME_ZONE = errorKey("chooseTimeZone")
const preferences = formData({ locale: localeField, timeZone: z.string({ error: CHOOSE_TIME_ZONE }).refine(isTimeZone, { error: CHOOSE_TIME_ZONE }) })

/** The profile's Language and Time zone: every page and mail of this person follows them. */
export const savePreferencesAction = serverAction({ kind: "signed-in" }, [z.unknown(), preferences], async ({ userId }, _previous, form) => {
  await savePreferences(userId, form)
  revalidatePath("/", "layout")
  return { ok: true, message: translatorFor(form.locale, "preferences")("saved") }
})
