import { NextIntlClientProvider } from "next-intl"
import { getLocale, getTranslations } from "next-intl/server"
import { browserMessages } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { Toaster } from "@/components/toaster"
import "./globals.css"

export async function generateMetadata() {
  const t = await getTranslations("app")
  return { title: "Hitflow", description: t("description") }
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = (await getLocale()) as Locale
  return (
    <html lang={locale}>
      <body className="bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider messages={browserMessages(locale)}>
          {children}
          <Toaster />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
