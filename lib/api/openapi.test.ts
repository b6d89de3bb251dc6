import Ajv2020 from "ajv/dist/2020"
import { NextRequest } from "next/server"
import { describe, expect, it, vi } from "vitest"
import { GET as listActivity } from "@/app/api/v1/accounts/[accountId]/activity/route"
import { DELETE as cancel } from "@/app/api/v1/accounts/[accountId]/invitations/[id]/route"
import { POST as resend } from "@/app/api/v1/accounts/[accountId]/invitations/[id]/resend/route"
import { GET as listInvitations, POST as invite } from "@/app/api/v1/accounts/[accountId]/invitations/route"
import { DELETE as removeMember, PATCH as patchMember } from "@/app/api/v1/accounts/[accountId]/members/[id]/route"
import { GET as listMembers } from "@/app/api/v1/accounts/[accountId]/members/route"
import { db } from "@/lib/db"
import { actorFor, addMember, createPerson, uniqueEmail } from "@/tests/factories"
import { createApiKey } from "./manage"
import { openApiDocument } from "./openapi"
import { REQUESTS_PER_MINUTE } from "./usage"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>
type Call = { operation: string; status: number; response: Response }

const document = openApiDocument() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> }
const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true })
ajv.addSchema(document, "openapi")

/** Validates a real answer against what the document says of that operation and status. */
function check({ operation, status, response }: Call, body: unknown): string[] {
  const [method, path] = operation.split(" ") as [string, string]
  const documented = document.paths[path]?.[method.toLowerCase()]?.responses[String(status)]
  if (!documented) return [`${operation} answered ${status}, which the document does not list`]
  const schema = documented.content?.["application/json"]?.schema
  if (!schema) return body === null ? [] : [`${operation} ${status} has a body the document does not describe`]
  const pointer = ["paths", path, method.toLowerCase(), "responses", String(status), "content", "application/json", "schema"]
    .map((segment) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1")))
    .join("/")
  const validate = ajv.getSchema(`openapi#/${pointer}`)!
  return validate(body) ? [] : [`${operation} ${status}: ${ajv.errorsText(validate.errors)}`]
}

function request(handler: Handler, accountId: string, key: string | null, path: string, options: { method?: string; id?: string; body?: unknown } = {}) {
  const init = { method: options.method ?? "GET", headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), "content-type": "application/json" }, body: options.body === undefined ? undefined : JSON.stringify(options.body) }
  return handler(new NextRequest(`http://localhost/api/v1/accounts/${accountId}${path}`, init), { params: Promise.resolve({ accountId, ...(options.id ? { id: options.id } : {}) }) })
}

describe("the OpenAPI document", () => {
  it("describes every answer the endpoints really give, success and refusal, with the schemas they are checked against", async () => {
    const owner = await createPerson("Doc Owner")
    const technical = await createPerson("Doc Technical")
    const membership = await addMember(owner.accountId, technical.userId, ["TECHNICAL"])
    const actor = await actorFor(owner.userId, owner.accountId)
    const admin = await createApiKey(actor, { name: "Docs", roles: ["ADMIN", "TECHNICAL"], lifetime: "never" })
    const technicalOnly = await createApiKey(actor, { name: "Docs, Technical", roles: ["TECHNICAL"], lifetime: "never" })
    if (!admin.ok || !technicalOnly.ok) throw new Error("no key")
    const key = admin.key
    const A = owner.accountId
    const members = "/accounts/{accountId}/members"
    const member = "/accounts/{accountId}/members/{id}"
    const invitations = "/accounts/{accountId}/invitations"
    const invitationPath = "/accounts/{accountId}/invitations/{id}"

    const calls: Call[] = []
    const record = async (operation: string, status: number, response: Promise<Response>) => calls.push({ operation, status, response: await response })
    await record(`POST ${invitations}`, 201, request(invite as Handler, A, key, "/invitations", { method: "POST", body: { emails: [uniqueEmail("doc"), "not an address"], roles: ["TECHNICAL"] } }))
    const invitationId = (await db.invitation.findFirstOrThrow({ where: { accountId: A } })).id
    await record(`GET ${members}`, 200, request(listMembers as Handler, A, key, "/members"))
    await record(`GET ${invitations}`, 200, request(listInvitations as Handler, A, key, "/invitations"))
    await record(`POST ${invitationPath}/resend`, 200, request(resend as Handler, A, key, `/invitations/${invitationId}/resend`, { method: "POST", id: invitationId }))
    await record(`GET /accounts/{accountId}/activity`, 200, request(listActivity as Handler, A, key, "/activity"))
    await record(`PATCH ${member}`, 200, request(patchMember as Handler, A, key, `/members/${membership.id}`, { method: "PATCH", id: membership.id, body: { roles: ["TECHNICAL", "ADMIN"] } }))
    await record(`PATCH ${member}`, 400, request(patchMember as Handler, A, key, `/members/${membership.id}`, { method: "PATCH", id: membership.id, body: { roles: [] } }))
    await record(`POST ${invitations}`, 409, request(invite as Handler, A, key, "/invitations", { method: "POST", body: { email: technical.email, roles: ["TECHNICAL"] } }))
    await record(`GET ${members}`, 401, request(listMembers as Handler, A, null, "/members"))
    await record(`GET ${members}`, 403, request(listMembers as Handler, A, technicalOnly.key, "/members"))
    await record(`GET ${members}`, 404, request(listMembers as Handler, crypto.randomUUID(), key, "/members"))
    await record(`DELETE ${invitationPath}`, 204, request(cancel as Handler, A, key, `/invitations/${invitationId}`, { method: "DELETE", id: invitationId }))
    await record(`DELETE ${member}`, 204, request(removeMember as Handler, A, key, `/members/${membership.id}`, { method: "DELETE", id: membership.id }))
    // A key at its minute's limit.
    const keyRow = await db.apiKey.findFirstOrThrow({ where: { accountId: A, name: "Docs" } })
    await db.$executeRaw`INSERT INTO "ApiKeyUsage" ("apiKeyId", "windowStart", "count") VALUES (${keyRow.id}::uuid, date_trunc('minute', now() AT TIME ZONE 'UTC'), ${REQUESTS_PER_MINUTE}) ON CONFLICT ("apiKeyId", "windowStart") DO UPDATE SET "count" = ${REQUESTS_PER_MINUTE}`
    await record(`GET ${invitations}`, 429, request(listInvitations as Handler, A, key, "/invitations"))

    const problems: string[] = []
    for (const call of calls) {
      if (call.response.status !== call.status) problems.push(`${call.operation}: expected ${call.status}, got ${call.response.status} (${await call.response.text()})`)
      else problems.push(...check(call, call.status === 204 ? null : await call.response.json()))
    }
    expect(problems).toEqual([])
    // The check has teeth: an answer of the wrong shape fails it.
    expect(check(calls[1]!, { owner: null, data: "members" })).not.toEqual([])
    expect(new Set(calls.map((call) => call.operation)).size).toBe(Object.values(document.paths).reduce((count, item) => count + Object.keys(item).length, 0))
  })
})
