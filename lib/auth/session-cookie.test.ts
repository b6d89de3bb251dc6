import { encode } from "next-auth/jwt"
import { beforeAll, describe, expect, it } from "vitest"
import { viewerFromCookieHeader } from "./session-cookie"

const viewer = { userId: "8a3c1b8e-2c1f-4b7a-9d8e-1f2a3b4c5d6e", sessionId: "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f" }
let real: { secure: string; plain: string }

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "test-secret-for-session-cookies-0123456789"
  const token = { sub: viewer.userId, sid: viewer.sessionId }
  const secret = process.env.AUTH_SECRET!
  real = {
    secure: await encode({ token, secret, salt: "__Secure-authjs.session-token" }),
    plain: await encode({ token, secret, salt: "authjs.session-token" }),
  }
})

describe("the session cookie in a request's Cookie header", () => {
  it("names the person behind HTTPS (__Secure-) and over plain HTTP", async () => {
    expect(await viewerFromCookieHeader(`__Secure-authjs.session-token=${real.secure}`)).toEqual(viewer)
    expect(await viewerFromCookieHeader(`theme=dark; authjs.session-token=${real.plain}`)).toEqual(viewer)
  })

  it("is not lost to a cookie planted from a sibling domain: a __Secure- one that does not decrypt, or a second one of the same name", async () => {
    expect(await viewerFromCookieHeader(`__Secure-authjs.session-token=planted; authjs.session-token=${real.plain}`)).toEqual(viewer)
    expect(await viewerFromCookieHeader(`__Secure-authjs.session-token=planted; __Secure-authjs.session-token=${real.secure}`)).toEqual(viewer)
    expect(await viewerFromCookieHeader(`authjs.session-token=planted; authjs.session-token=${real.plain}`)).toEqual(viewer)
  })

  it("names nobody for cookies that do not decrypt, or a cookie moved to the other name", async () => {
    expect(await viewerFromCookieHeader("authjs.session-token=forged")).toBeNull()
    expect(await viewerFromCookieHeader(`authjs.session-token=${real.secure}`)).toBeNull()
    expect(await viewerFromCookieHeader("")).toBeNull()
    expect(await viewerFromCookieHeader(null)).toBeNull()
  })
})
