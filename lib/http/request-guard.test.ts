import { describe, expect, it } from "vitest"
import { bodyLimitFor, LARGEST_BODY_LIMIT, refuseRequest } from "./request-guard"

const post = (url: string, headers: Record<string, string> = {}) => refuseRequest({ method: "POST", url, headers: { host: "app.example", ...headers } })

describe("what the server refuses before reading a request", () => {
  it("holds each route to its body limit, from the announced size alone", () => {
    expect(bodyLimitFor("/sign-in")).toBe(8 * 1024)
    expect(bodyLimitFor("/accounts/a/settings/users")).toBe(64 * 1024)
    expect(bodyLimitFor("/api/accounts")).toBe(16 * 1024)
    expect(bodyLimitFor("/anything-else")).toBe(8 * 1024)
    expect(LARGEST_BODY_LIMIT).toBe(64 * 1024)
    expect(post("/sign-in", { "content-length": String(8 * 1024) })).toBeNull()
    expect(post("/sign-in", { "content-length": String(8 * 1024 + 1) })?.status).toBe(413)
    expect(post("/sign-in", { "content-length": "104857600" })).toMatchObject({ status: 413, message: "This request is too large: at most 8 KB may be sent here." })
    expect(post("/sign-in", { "content-length": "12abc" })?.status).toBe(400)
    expect(post("/sign-in", { "transfer-encoding": "chunked" })?.status).toBe(411)
  })

  it("refuses methods the app has no use for, and targets that are not plain paths", () => {
    expect(refuseRequest({ method: "TRACE", url: "/api/health", headers: {} })).toMatchObject({ status: 405, headers: { allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" } })
    expect(refuseRequest({ method: "GET", url: "/invitations/%ZZ", headers: {} })?.status).toBe(400)
    expect(refuseRequest({ method: "GET", url: "/a%00b", headers: {} })?.status).toBe(400)
    expect(refuseRequest({ method: "GET", url: "http://evil.example/", headers: {} })?.status).toBe(400)
    expect(refuseRequest({ method: "GET", url: "/accounts?page=1e20", headers: {} })).toBeNull()
  })

  it("refuses a page's POST from another site, as Next.js does, but with a 403", () => {
    expect(post("/sign-in", { origin: "https://evil.example" })).toMatchObject({ status: 403 })
    expect(post("/sign-in", { origin: "null" })?.status).toBe(403)
    expect(post("/sign-out", { origin: "null", "sec-fetch-site": "cross-site" })?.status).toBe(403)
    expect(post("/sign-out", { origin: "null", "sec-fetch-site": "same-origin" })).toBeNull()
    expect(post("/sign-in", { origin: "https://app.example" })).toBeNull()
    expect(post("/sign-in", { origin: "https://app.example", host: "internal:3000", "x-forwarded-host": "app.example" })).toBeNull()
    expect(post("/sign-in")).toBeNull()
    // An API is called from anywhere, with its own credentials.
    expect(post("/api/accounts", { origin: "https://evil.example" })).toBeNull()
  })
})
