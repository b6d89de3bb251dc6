import { describe, expect, it } from "vitest"
import { LAST_PAGE, pageFromQuery } from "./pagination"

describe("the page a list is asked for (?page=)", () => {
  it("reads whole page numbers", () => {
    expect(pageFromQuery("1")).toBe(1)
    expect(pageFromQuery("42")).toBe(42)
    expect(pageFromQuery(["3", "9"])).toBe(3)
  })

  it.each(["1e20", "1e3", "0", "-1", "2.5", "0x10", " 2", "999999999999999999999", "", "NaN", "Infinity"])("reads %j as the first page, or at most the last", (value) => {
    const page = pageFromQuery(value)
    expect(page === 1 || page === LAST_PAGE).toBe(true)
  })

  it("reads a missing value as the first page", () => {
    expect(pageFromQuery(undefined)).toBe(1)
  })
})
