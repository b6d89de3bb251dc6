/** The METRICS_TOKEN the e2e server runs with (playwright.config.ts), so the fuzz test reaches past /api/metrics's token check. */
export const E2E_METRICS_TOKEN = "e2e-metrics-token"
