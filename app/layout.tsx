import { Toaster } from "@/components/toaster"
import "./globals.css"

export const metadata = { title: "Hitflow", description: "Uptime monitoring, shared safely with your team." }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-slate-50 text-slate-900 antialiased">
        {children}
        <Toaster />
      </body>
    </html>
  )
}
