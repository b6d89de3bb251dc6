import { describe, expect, it } from "vitest"
import { inEnglish } from "@/lib/i18n/catalogs"
import { nameField } from "./fields"

const refused = (name: string) => {
  const parsed = nameField.safeParse(name)
  return parsed.success ? null : inEnglish(parsed.error.issues[0]!.message)
}

describe("names shown to other people (nameField)", () => {
  it.each(["Ada Lovelace", "J. R. R. Tolkien", "J.R.R. Tolkien", "Zoë Ølsen-O'Brien", "李小龍", "Анна Каренина", "محمد"])("accepts %j", (name) => {
    expect(refused(name)).toBeNull()
  })

  it.each([
    ["IT Support: reset your password at https://evil.example/login", "The name cannot contain a web address."],
    ["Visit evil.example", "The name cannot contain a web address."],
    ["www.example", "The name cannot contain a web address."],
    ["hxxp://x", "The name cannot contain a web address."],
    ["Write to support@evil.example", "The name cannot contain a web address."],
    ["admin@corp", "The name cannot contain an email address."],
    ["Ada\u202eecalovoL", "The name cannot contain control or invisible characters."],
    ["Ada\u2066Lovelace", "The name cannot contain control or invisible characters."],
    ["Ad\u200ba", "The name cannot contain control or invisible characters."],
    ["Ad\ufeffa", "The name cannot contain control or invisible characters."],
    ["Ada\nLovelace", "The name cannot contain control or invisible characters."],
    ["Ada\u2028Lovelace", "The name cannot contain control or invisible characters."],
    ["   ", "Enter your name."],
  ])("refuses %j", (name, message) => {
    expect(refused(name)).toBe(message)
  })

  it("stores names trimmed and in one Unicode form, so look-alike spellings are one name", () => {
    expect(nameField.parse("  Zoe\u0308  ")).toBe("Zoë")
  })
})
