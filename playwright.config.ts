import { defineConfig, devices } from "@playwright/test"
import { chromiumLaunchOptions } from "./tests/e2e/chromium"
import { E2E_METRICS_TOKEN } from "./tests/e2e/metrics-token"

const PORT = Number(process.env.E2E_PORT ?? 3100)
const POSTMARK_PORT = Number(process.env.E2E_POSTMARK_PORT ?? 4010)

export default defineConfig({
  testDir: "tests/e2e",
  // The fake Postmark the app sends its mails to; tests/e2e/mailbox.ts reads them back.
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // The English suites read the app in an English browser; french.spec.ts asks for French.
    locale: "en-US",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npm start -- --port ${PORT} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      APP_URL: `http://127.0.0.1:${PORT}`,
      POSTMARK_SERVER_TOKEN: "e2e-token",
      POSTMARK_API_URL: `http://127.0.0.1:${POSTMARK_PORT}`,
      MAIL_FROM: "Hitflow <notifications@hitflow.example>",
      // Webhook tests deliver to receivers on 127.0.0.1 (refused by server.ts on an https APP_URL).
      WEBHOOK_ALLOW_LOOPBACK: "1",
      METRICS_TOKEN: E2E_METRICS_TOKEN,
    },
  },
})
