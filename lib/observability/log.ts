import pino from "pino"
import { scrub } from "./scrub"

// The app's own events as JSON lines on stdout, one logger for server.ts and Next's bundles alike (plain writes, no
// transport thread). LOG_LEVEL: trace, debug, info (the default), warn, error, fatal or silent.

const level = process.env.LOG_LEVEL || "info"
if (!(level in pino.levels.values) && level !== "silent") {
  throw new Error(`LOG_LEVEL must be one of ${Object.keys(pino.levels.values).join(", ")} or silent, not "${level}".`)
}

// Fields that hold secrets by their very name, at the top or one level down (pino's redact paths).
const SECRET_FIELDS = ["authorization", "cookie", "password", "token", "secret", "apiKey", "key", "url", "link", "headers.authorization", "headers.cookie"]

export const log = pino(
  {
    level,
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: "[redacted]" },
    hooks: {
      // Messages and errors are scrubbed before pino reads them: an error's message may quote a link or a key.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => scrub(arg)) as Parameters<typeof method>)
      },
    },
  },
  // process.stdout writes synchronously to files and pipes on Linux: a line logged before process.exit() is kept.
  process.stdout,
)
