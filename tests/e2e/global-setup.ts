// Starts the fake Postmark the app under test sends its mails to (see webServer.env in playwright.config.ts).
import { startFakePostmark } from "../fake-postmark"

const FAKE_POSTMARK_PORT = Number(process.env.E2E_POSTMARK_PORT ?? 4010)

export default async function globalSetup() {
  const fake = await startFakePostmark(FAKE_POSTMARK_PORT)
  return () => fake.stop()
}
