// Runs once when a server process starts: the mail deliverer lives in every Node.js server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return
  if (process.env.NEXT_PHASE === "phase-production-build") return
  const { startMailer } = await import("./lib/mail/worker")
  startMailer()
}
