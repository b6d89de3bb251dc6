import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { LARGEST_BODY_LIMIT } from "./lib/http/request-guard"

/**
 * The Content-Security-Policy. Next's App Router streams inline scripts, hence 'unsafe-inline' for scripts;
 * 'unsafe-eval' and the dev server's websocket only in development (React's refresh). The dev mailbox shows mails
 * in a sandboxed srcdoc iframe, which inherits this policy: mails need inline styles.
 */
function contentSecurityPolicy(isProduction: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${isProduction ? "" : " ws: wss:"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

/** Headers on every response. Computed when Next loads this file: `next build` bakes in production's, `next dev` development's. */
function securityHeaders(isProduction: boolean) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isProduction) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ]
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Server actions keep Next's origin check: no other origin may post them (allowedOrigins stays unset). The body
    // limits are enforced per route before Next.js reads anything (server.ts); this is the same wall once more.
    serverActions: { bodySizeLimit: LARGEST_BODY_LIMIT },
  },
  // prom-client: one copy, loaded by Node as server.ts loads it (the registry is shared through globalThis anyway).
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "prom-client"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      // Tokens are in these URLs: never send them on, not even the path to our own origin.
      { source: "/invitations/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/reset-password/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/confirm-email/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/ownership-transfers/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ]
  },
}

// Translations without locale routing: URLs stay as they are, the language comes from the reader (lib/i18n).
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig)
