import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { safeReturnPath } from "./safe-redirect"

const APP = "https://app.hitflow.example"

/** Where a browser goes when told `Location: <path>` on our origin (it drops tabs and newlines, reads "\" as "/"). */
function followedBy(path: string): string {
  return new URL(path.replace(/[\t\n\r]/g, "").replaceAll("\\", "/"), `${APP}/sign-in`).origin
}

const OFF_SITE = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  " /evil",
  "/\r\nSet-Cookie: x=1",
  "/accounts/\u2028",
  "/é",
  "/\u0000",
]

describe("return paths after sign-in (lib/auth/safe-redirect.ts)", () => {
  it("keeps paths on this site, as the URL parser normalises them", () => {
    expect(safeReturnPath("/accounts/3f1c/settings/users?page=2#members")).toBe("/accounts/3f1c/settings/users?page=2#members")
    expect(safeReturnPath("/invitations/abc_DEF-123")).toBe("/invitations/abc_DEF-123")
    expect(safeReturnPath("/a/../b")).toBe("/b")
    // Still encoded, these are paths on this site: the browser does not decode them into a host.
    expect(safeReturnPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example")
    expect(safeReturnPath("/%09/evil.example")).toBe("/%09/evil.example")
  })

  it.each(OFF_SITE)("refuses %j: the fallback instead", (value) => {
    expect(safeReturnPath(value)).toBe("/")
    expect(safeReturnPath(value, "/accounts")).toBe("/accounts")
  })

  it("never returns a path that leaves the site or cannot be a header, whatever it is given", () => {
    const piece = fc.constantFrom("/", "//", "\\", "\t", "\n", "\r", ".", "..", "%09", "%2f", "@", ":", "evil.example", "?", "#", "é", "\u2028", " ")
    const hostile = fc.oneof(fc.string({ unit: "binary" }), fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")))
    fc.assert(
      fc.property(hostile, (value) => {
        const path = safeReturnPath(value)
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true)
        expect(path).toMatch(/^[\x21-\x7e]+$/)
        expect(followedBy(path)).toBe(APP)
      }),
      { numRuns: 2000 },
    )
  })
})
