import path from "node:path"
import { describe, expect, it } from "vitest"
import { flatten, placeholdersOf, sourceFiles, usageIn } from "@/tests/catalog-check"
import { MODULES, ROLES } from "@/lib/modules"
import { BROWSER_NAMESPACES } from "./catalogs"
import en from "./messages/en.json"
import fr from "./messages/fr.json"

const ROOT = path.resolve(import.meta.dirname, "../..")
const english = flatten(en)
const french = flatten(fr)
const usage = usageIn(sourceFiles(["app", "components", "lib"].map((folder) => path.join(ROOT, folder))))

describe("the message catalogs", () => {
  it("have the same keys in English and French", () => {
    expect([...french.keys()].filter((key) => !english.has(key))).toEqual([])
    expect([...english.keys()].filter((key) => !french.has(key))).toEqual([])
  })

  it("give each message the same arguments and tags in both languages", () => {
    const differing = [...english].filter(([key, message]) => placeholdersOf(message).join() !== placeholdersOf(french.get(key) ?? "").join())
    expect(differing.map(([key]) => key)).toEqual([])
  })

  it("hold every key the code asks for", () => {
    expect([...usage.keys].filter((key) => !english.has(key))).toEqual([])
    expect([...usage.prefixes].filter((prefix) => ![...english.keys()].some((key) => key.startsWith(prefix)))).toEqual([])
  })

  it("hold no key the code never asks for", () => {
    const used = (key: string) => usage.keys.has(key) || [...usage.prefixes].some((prefix) => key.startsWith(prefix))
    expect([...english.keys()].filter((key) => !used(key))).toEqual([])
  })

  it("name every module and role of the role table, and give each module its empty state", () => {
    const needed = [...MODULES.flatMap((module) => [`modules.${module.path}`, `emptyStates.${module.path}`]), ...ROLES.map((role) => `roles.${role}`), "roles.OWNER"]
    expect(needed.filter((key) => !english.has(key))).toEqual([])
  })

  it("write French with its typography: a no-break space before : ; ? ! and typographic apostrophes", () => {
    const wrong = [...french].filter(([, message]) => /[^\u00a0\u202f][;?!:]( |$)| [;?!:]|'/u.test(message.replace(/\{[^}]*\}/g, "")))
    expect(wrong.map(([key]) => key)).toEqual([])
  })
})

describe("translated screens", () => {
  it("get in the browser exactly the namespaces their client components read", () => {
    expect([...usage.clientNamespaces].sort()).toEqual([...BROWSER_NAMESPACES].sort())
  })

  it("render no text of their own: every word comes from a catalog", () => {
    expect(usage.rawText).toEqual([])
  })
})
