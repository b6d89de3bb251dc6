/** An absolute URL of this app (for links in mails), from APP_URL. */
export function appUrl(path: string): string {
  const base = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
  return new URL(path, base).toString()
}

/** Whether the app is served over HTTPS: its own cookies are then Secure. */
export function isServedOverHttps(): boolean {
  return appUrl("/").startsWith("https:")
}
