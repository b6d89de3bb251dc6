import fs from "node:fs"
import type { LaunchOptions } from "@playwright/test"

const DEBIAN_CHROMIUM = "/usr/bin/chromium"

/** Debian's Chromium when present (nothing may be downloaded here), else Playwright's own; quiet on a closed network. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
}
