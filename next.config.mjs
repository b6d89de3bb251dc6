/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite"],
}

export default nextConfig
