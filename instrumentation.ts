// Runs once when a server process starts: the mail and webhook deliverers and the invitation expiry sweep live in
// every Node.js server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return
  if (process.env.NEXT_PHASE === "phase-production-build") return
  const [{ startMailer }, { startWebhookDeliverer }, { startExpirySweeper }] = await Promise.all([
    import("./lib/mail/worker"),
    import("./lib/webhooks/worker"),
    import("./lib/invitations/expiry-sweeper"),
  ])
  startMailer()
  startWebhookDeliverer()
  startExpirySweeper()
}
