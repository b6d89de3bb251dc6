import path from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Domain modules are marked server-only; tests run them on the server too.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // A fixed key for the tests' two-factor secrets (production's comes from its own environment).
    env: { DATABASE_URL: process.env.TEST_DATABASE_URL ?? "", TWO_FACTOR_ENCRYPTION_KEY: "dGVzdC1rZXktZm9yLXR3by1mYWN0b3Itc2VjcmV0cyE=" },
    // The embedded test database is one backend: run files one after another there.
    fileParallelism: process.env.TEST_DATABASE_EMBEDDED !== "1",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
