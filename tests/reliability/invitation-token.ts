// The secret link of an invitation mail, read from the outbox before any deliverer sends it (sending forgets it).
import type { Sql } from "./sql"

export async function queuedInvitationToken(sql: Sql, invitationId: string): Promise<string> {
  const [row] = await sql.query<{ link: string | null }>(
    `SELECT payload->>'acceptUrl' AS link FROM "OutboxMail" WHERE "invitationId" = $1 AND template = 'invitation'
     ORDER BY "createdAt" DESC LIMIT 1`,
    [invitationId],
  )
  if (!row?.link) throw new Error(`no queued link for invitation ${invitationId} (was it already delivered?)`)
  return row.link.split("/invitations/")[1]!
}
