import { describe, expect, it } from "vitest"
import { formatDate, formatDateTime } from "./format"

const evening = new Date("2026-12-04T20:15:00Z")

describe("dates in the reader's language and time zone", () => {
  it("writes a French reader's moment in their zone, and names the zone", () => {
    expect(formatDateTime(evening, { locale: "fr", timeZone: "Europe/Paris" })).toBe("4 déc. 2026, 21:15 (heure d’Europe centrale)")
  })

  it("writes an English reader's moment in their zone, and names the zone", () => {
    expect(formatDateTime(evening, { locale: "en", timeZone: "America/Toronto" })).toBe("4 Dec 2026, 15:15 (Eastern Time)")
    expect(formatDateTime(evening, { locale: "en", timeZone: "UTC" })).toBe("4 Dec 2026, 20:15 (UTC)")
  })

  it("gives the day as it is where the reader is", () => {
    expect(formatDate(evening, { locale: "fr", timeZone: "Asia/Tokyo" })).toBe("5 déc. 2026")
    expect(formatDate(evening, { locale: "en", timeZone: "Europe/Paris" })).toBe("4 Dec 2026")
  })
})
