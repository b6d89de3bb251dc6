// The end state every change must leave, whatever failed or raced: each rule is a SQL query listing what breaks it.
// A change is one transaction (the row, its audit event and its outbox mail), so a half-applied change shows up
// here as a row without its companions.
import type { Sql } from "./sql"

const sorted = (array: string) => `(SELECT array_agg(r ORDER BY r) FROM unnest(${array}) r)`
const sortedJson = (json: string) => `(SELECT array_agg(r ORDER BY r) FROM jsonb_array_elements_text(${json}) r)`

const RULES: Record<string, string> = {
  "every invitation has its invitation mail": `
    SELECT i.email AS what FROM "Invitation" i
    WHERE NOT EXISTS (SELECT 1 FROM "OutboxMail" m WHERE m."invitationId" = i.id AND m.template = 'invitation')`,

  "invitations and their mails match the sent/resent audit events": `
    WITH invitations AS (SELECT "accountId", email, count(*) AS n FROM "Invitation" GROUP BY 1, 2),
         mails AS (SELECT i."accountId", i.email, count(*) AS n FROM "OutboxMail" m JOIN "Invitation" i ON i.id = m."invitationId"
                   WHERE m.template = 'invitation' GROUP BY 1, 2),
         sent AS (SELECT "accountId", "targetEmail" AS email, count(*) AS n FROM "AuditEvent" WHERE action = 'INVITATION_SENT' GROUP BY 1, 2),
         sent_or_resent AS (SELECT "accountId", "targetEmail" AS email, count(*) AS n FROM "AuditEvent"
                            WHERE action IN ('INVITATION_SENT', 'INVITATION_RESENT') GROUP BY 1, 2)
    SELECT email || ': ' || coalesce(invitations.n, 0) || ' invitation(s), ' || coalesce(sent.n, 0) || ' sent event(s), '
           || coalesce(mails.n, 0) || ' mail(s), ' || coalesce(sent_or_resent.n, 0) || ' sent/resent event(s)' AS what
    FROM invitations FULL JOIN sent USING ("accountId", email) FULL JOIN mails USING ("accountId", email)
         FULL JOIN sent_or_resent USING ("accountId", email)
    WHERE invitations.n IS DISTINCT FROM sent.n OR mails.n IS DISTINCT FROM sent_or_resent.n`,

  "every membership comes from an accepted invitation": `
    SELECT u.email AS what FROM "Membership" ms JOIN "User" u ON u.id = ms."userId"
    WHERE NOT EXISTS (SELECT 1 FROM "Invitation" i WHERE i."accountId" = ms."accountId" AND i.email = u.email AND i.status = 'ACCEPTED')`,

  "every accepted invitation has its membership, acceptance event and mail to the owner": `
    WITH accepted AS (SELECT "accountId", email, count(*) AS n FROM "Invitation" WHERE status = 'ACCEPTED' GROUP BY 1, 2),
         events AS (SELECT "accountId", "targetEmail" AS email, count(*) AS n FROM "AuditEvent" WHERE action = 'INVITATION_ACCEPTED' GROUP BY 1, 2),
         mails AS (SELECT a.id AS "accountId", m.payload->>'memberEmail' AS email, count(*) AS n
                   FROM "OutboxMail" m JOIN "User" o ON o.email = m."to" JOIN "Account" a ON a."ownerId" = o.id AND a.name = m.payload->>'accountName'
                   WHERE m.template = 'invitation-accepted' GROUP BY 1, 2)
    SELECT j.email || ': ' || j.accepted || ' accepted, ' || j.events || ' event(s), ' || j.mails || ' mail(s)'
           || CASE WHEN member.id IS NULL THEN ', no membership' ELSE '' END AS what
    FROM (SELECT "accountId", email, coalesce(accepted.n, 0) AS accepted, coalesce(events.n, 0) AS events, coalesce(mails.n, 0) AS mails
          FROM accepted FULL JOIN events USING ("accountId", email) FULL JOIN mails USING ("accountId", email)) AS j
    LEFT JOIN LATERAL (SELECT ms.id FROM "Membership" ms JOIN "User" u ON u.id = ms."userId"
                       WHERE ms."accountId" = j."accountId" AND u.email = j.email) AS member ON true
    WHERE j.accepted <> j.events OR j.accepted <> j.mails
       OR (member.id IS NULL AND NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."accountId" = j."accountId"
                                             AND e."targetEmail" = j.email AND e.action IN ('MEMBER_DELETED', 'MEMBER_LEFT')))`,

  "cancelled invitations match the cancellation events": `
    WITH cancelled AS (SELECT "accountId", email, count(*) AS n FROM "Invitation" WHERE status = 'CANCELLED' GROUP BY 1, 2),
         events AS (SELECT "accountId", "targetEmail" AS email, count(*) AS n FROM "AuditEvent" WHERE action = 'INVITATION_CANCELLED' GROUP BY 1, 2)
    SELECT email || ': ' || coalesce(cancelled.n, 0) || ' cancelled, ' || coalesce(events.n, 0) || ' event(s)' AS what
    FROM cancelled FULL JOIN events USING ("accountId", email) WHERE cancelled.n IS DISTINCT FROM events.n`,

  "at most one pending invitation per account and email": `
    SELECT email || ': ' || count(*) || ' pending' AS what FROM "Invitation" WHERE status = 'PENDING'
    GROUP BY "accountId", email HAVING count(*) > 1`,

  "no pending invitation to someone already a member": `
    SELECT i.email AS what FROM "Invitation" i JOIN "User" u ON u.email = i.email
    JOIN "Membership" ms ON ms."accountId" = i."accountId" AND ms."userId" = u.id WHERE i.status = 'PENDING'`,

  "every member's status follows their disable/enable events, with one mail each": `
    WITH history AS (
      SELECT ms.id, u.email, ms.status::text AS status,
             (SELECT count(*) FROM "AuditEvent" e WHERE e."accountId" = ms."accountId" AND e."targetEmail" = u.email AND e.action = 'MEMBER_DISABLED') AS disabled,
             (SELECT count(*) FROM "AuditEvent" e WHERE e."accountId" = ms."accountId" AND e."targetEmail" = u.email AND e.action = 'MEMBER_ENABLED') AS enabled
      FROM "Membership" ms JOIN "User" u ON u.id = ms."userId"),
    per_person AS (
      SELECT u.email,
             (SELECT count(*) FROM "AuditEvent" e WHERE e."targetEmail" = u.email AND e.action = 'MEMBER_DISABLED') AS disabled_events,
             (SELECT count(*) FROM "OutboxMail" m WHERE m."to" = u.email AND m.template = 'member-disabled') AS disabled_mails,
             (SELECT count(*) FROM "AuditEvent" e WHERE e."targetEmail" = u.email AND e.action = 'MEMBER_ENABLED') AS enabled_events,
             (SELECT count(*) FROM "OutboxMail" m WHERE m."to" = u.email AND m.template = 'member-enabled') AS enabled_mails
      FROM "User" u)
    SELECT email || ': ' || status || ' after ' || disabled || ' disable(s) and ' || enabled || ' enable(s)' AS what FROM history
    WHERE disabled - enabled <> CASE WHEN status = 'DISABLED' THEN 1 ELSE 0 END
    UNION ALL
    SELECT email || ': ' || disabled_events || '/' || disabled_mails || ' disable events/mails, '
           || enabled_events || '/' || enabled_mails || ' enable events/mails' FROM per_person
    WHERE disabled_events <> disabled_mails OR enabled_events <> enabled_mails`,

  "every member's roles are those of their invitation or of the latest role change": `
    WITH members AS (
      SELECT ms."accountId", u.email, ${sorted(`ms.roles::text[]`)} AS roles,
        coalesce(
          (SELECT ${sortedJson(`e.details->'to'`)} FROM "AuditEvent" e
           WHERE e."accountId" = ms."accountId" AND e."targetEmail" = u.email AND e.action = 'MEMBER_ROLES_CHANGED'
           ORDER BY e."createdAt" DESC, e.id DESC LIMIT 1),
          (SELECT ${sorted(`i.roles::text[]`)} FROM "Invitation" i
           WHERE i."accountId" = ms."accountId" AND i.email = u.email AND i.status = 'ACCEPTED'
           ORDER BY i."respondedAt" DESC LIMIT 1)) AS expected
      FROM "Membership" ms JOIN "User" u ON u.id = ms."userId")
    SELECT email || ': has ' || array_to_string(roles, ',') || ', expected ' || coalesce(array_to_string(expected, ','), 'nothing') AS what
    FROM members WHERE roles IS DISTINCT FROM expected`,
}

export type ConsistencyReport = { rules: number; invitations: number; memberships: number; mails: number; violations: string[] }

const EXAMPLES_PER_RULE = 5

export async function checkConsistency(sql: Sql): Promise<ConsistencyReport> {
  const violations: string[] = []
  for (const [rule, query] of Object.entries(RULES)) {
    const rows = await sql.query<{ what: string }>(query)
    if (rows.length > 0) {
      const examples = rows.slice(0, EXAMPLES_PER_RULE).map((row) => row.what).join("; ")
      violations.push(`${rule}: ${rows.length} violation(s), e.g. ${examples}`)
    }
  }
  const [counts] = await sql.query<{ invitations: number; memberships: number; mails: number }>(`
    SELECT (SELECT count(*)::int FROM "Invitation") AS invitations, (SELECT count(*)::int FROM "Membership") AS memberships,
           (SELECT count(*)::int FROM "OutboxMail") AS mails`)
  return { rules: Object.keys(RULES).length, ...counts!, violations }
}

export function describeConsistency(report: ConsistencyReport): string {
  return `${report.rules} rules over ${report.invitations} invitations, ${report.memberships} memberships, ${report.mails} mails: ${report.violations.length} broken`
}
