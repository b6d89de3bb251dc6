// The invite form's submission as the browser sends it: a POST to the Users page naming the server action, with
// React's encoding of the bound account id, the previous form state and the FormData (captured from Chromium).

const BOUNDARY = "----HitflowBenchBoundary7MA4YWxkTrZu0gW"

export function inviteHeaders(actionId: string, accountId: string, cookie: string): Record<string, string> {
  return {
    cookie,
    accept: "text/x-component",
    "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
    "next-action": actionId,
    "next-router-state-tree": encodeURIComponent(JSON.stringify(usersPageRouterState(accountId))),
  }
}

/** What the browser's router holds on the Users page; the action's response re-renders that page for it. */
function usersPageRouterState(accountId: string) {
  const segment = (name: unknown, child?: unknown) => [name, child ? { children: child } : {}, null, null, 0]
  const page = segment("__PAGE__")
  const tree = segment("accounts", segment(["accountId", accountId, "d", null], segment("settings", segment("users", page))))
  return ["", { children: tree }, null, null, 16]
}

export function inviteBody(accountId: string, email: string): string {
  const field = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  return [
    field("_1_emails", email),
    field("_1_roles", "TECHNICAL"),
    field("0", JSON.stringify([accountId, null, "$K1"])),
    `--${BOUNDARY}--\r\n`,
  ].join("")
}
