/**
 * The Content-Security-Policy. Next's App Router streams inline scripts, hence 'unsafe-inline' for scripts;
 * 'unsafe-eval' and the dev server's websocket only in development (React's refresh). The dev mailbox shows mails
 * in a sandboxed srcdoc iframe, which inherits this policy: mails need inline styles.
 */
function contentSecurityPolicy(isProduction) {
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
function securityHeaders(isProduction) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isProduction) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ]
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Server actions keep Next's origin check: no other origin may post them (serverActions.allowedOrigins stays unset).
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      // Invitation tokens are in these URLs: never send them on, not even the path to our own origin.
      { source: "/invitations/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ]
  },
}

export default nextConfig
