// The invite form's submission as the browser sends it: a POST to the Users page naming the server action, with
// React's encoding of the bound account id, the previous form state and the FormData (captured from Chromium).
import fs from "node:fs"
import path from "node:path"

const MANIFEST = path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json")
const BOUNDARY = "----HitflowBenchBoundary7MA4YWxkTrZu0gW"

type Manifest = { node: Record<string, { filename: string; exportedName: string }> }

export function sendInvitationActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as Manifest
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.filename === "app/accounts/[accountId]/settings/users/actions.ts" && action.exportedName === "sendInvitationAction",
  )
  if (!entry) throw new Error(`sendInvitationAction is not in ${MANIFEST}: build first`)
  return entry[0]
}

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
    field("_1_email", email),
    field("_1_roles", "TECHNICAL"),
    field("0", JSON.stringify([accountId, null, "$K1"])),
    `--${BOUNDARY}--\r\n`,
  ].join("")
}
