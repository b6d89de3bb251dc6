// The origin return paths are resolved against. Any fixed origin works: only a path that stays on it is kept.
const HERE = new URL("https://hitflow.invalid")

// A path is kept only if it is plain printable ASCII without backslashes: browsers drop tabs and newlines, read "\" as
// "/", and a header cannot carry CR, LF or characters beyond Latin-1. What we link to is percent-encoded anyway.
const PLAIN_PATH = /^\/[\x21-\x5b\x5d-\x7e]*$/
const MAX_LENGTH = 2048

/**
 * A return path from a query string or a form, kept only if it is a path on this site; else `fallback`. It is
 * parsed as a URL against this origin and given back as the URL parser normalised it, so what the browser will
 * follow is exactly what was checked.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !PLAIN_PATH.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, HERE)
  } catch {
    return fallback
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  // "/.//evil.example" normalises to "//evil.example", which a browser reads as another host.
  if (url.origin !== HERE.origin || !path.startsWith("/") || path.startsWith("//")) return fallback
  return path
}
