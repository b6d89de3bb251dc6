// What must never reach a log line, wherever it hides in a message, an error's message or stack, or a nested value:
// links (mailed links carry their token in the path), API keys, webhook secrets, bearer tokens, session tokens and
// anything shaped like a random token. Fields known to hold secrets are also redacted by name (log.ts).

const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i

const PATTERNS: readonly [RegExp, string | ((match: string) => string)][] = [
  // Any URL but a stack trace's file:// frames.
  [/\b(?!file:)[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, "[link]"],
  [/\/(invitations|reset-password|confirm-email|ownership-transfers)\/[^\s"'<>`/?#]+/g, "/$1/[token]"],
  [/\bhf_[a-z]+_[A-Za-z0-9_-]+/g, "hf_[redacted]"],
  [/\bwhsec_[A-Za-z0-9+/=_-]+/g, "whsec_[redacted]"],
  [/\b(Bearer|Basic)\s+[^\s"'`,;]+/gi, "$1 [redacted]"],
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_.-]*/g, "[redacted]"],
  [/\b([\w.-]*(?:session-token|csrf-token|callback-url))=[^;\s"'`]+/gi, "$1=[redacted]"],
  // 32 bytes in base64url or hex and the like. UUIDs (rows' ids) are kept, even run into words: a log line is read by them.
  [/[A-Za-z0-9_-]{32,}/g, (match) => match.split(UUID).map((piece, index) => (index % 2 === 1 || piece.length < 32 ? piece : "[redacted]")).join("")],
]

export function scrubText(text: string): string {
  return PATTERNS.reduce((scrubbed, [pattern, replacement]) => scrubbed.replace(pattern, replacement as string), text)
}

const MAX_DEPTH = 6

/** A copy of `value` with every string in it scrubbed; errors stay errors (pino serializes them), with their cause. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value)
  if (value === null || typeof value !== "object") return value
  if (depth >= MAX_DEPTH) return "[nested too deep]"
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1))
  if (value instanceof Error) {
    const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>
    for (const key of Object.getOwnPropertyNames(value)) copy[key] = scrub((value as unknown as Record<string, unknown>)[key], depth + 1)
    return copy
  }
  if (value instanceof Date) return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]))
}
