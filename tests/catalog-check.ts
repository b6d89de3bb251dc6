// What catalogs.test.ts checks, read from the source with the TypeScript compiler's parser (no type checking): the
// keys each file asks next-intl for, and any text a translated file renders without a catalog.
import fs from "node:fs"
import path from "node:path"
import ts from "typescript"

/** A catalog flattened to its dotted keys and their messages. */
export function flatten(catalog: object, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>()
  for (const [key, value] of Object.entries(catalog)) {
    const dotted = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") keys.set(dotted, value)
    else for (const [inner, message] of flatten(value as object, dotted)) keys.set(inner, message)
  }
  return keys
}

/** What the source asks for: whole keys, and prefixes of keys built at run time (`notices.${name}`). */
export type Usage = { keys: Set<string>; prefixes: Set<string>; rawText: string[]; clientNamespaces: Set<string> }

/** Attributes a person reads or hears: a literal in one of them is text outside the catalogs. */
const READ_ATTRIBUTES = new Set(["label", "title", "placeholder", "aria-label", "alt", "hint", "description", "message", "confirmLabel", "keepLabel"])
const HAS_WORDS = /\p{L}/u
/** Names, the same in every language. */
const NAMES = new Set(["Hitflow"])
// next-intl's and lib/i18n's requestTranslator, the namespace their first argument; translatorFor(locale, namespace).
const TRANSLATORS = new Set(["useTranslations", "getTranslations", "requestTranslator"])
const TRANSLATOR_FOR = "translatorFor"
// lib/i18n/error-keys.ts: errorKey("emailMissing") names errors.emailMissing, written later in the reader's language.
const ERROR_KEY = "errorKey"

/** Every .ts and .tsx file under `roots`, generated code aside. */
export function sourceFiles(roots: string[]): string[] {
  return roots.flatMap((root) =>
    fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts") && !file.split(path.sep).includes("generated"))
      .map((file) => path.join(root, file)),
  )
}

export function usageIn(files: string[]): Usage {
  const usage: Usage = { keys: new Set(), prefixes: new Set(), rawText: [], clientNamespaces: new Set() }
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8")
    if (!/next-intl|translatorFor|requestTranslator|errorKey/.test(text)) continue // not translated yet (README: "Translations")
    readFile(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS), usage)
  }
  return usage
}

function readFile(file: string, source: ts.SourceFile, usage: Usage) {
  // Translators in scope, by the name they are bound to: `const t = await getTranslations("signIn")`.
  const scopes: Map<string, string>[] = [new Map()]
  const namespaceOf = (name: string) => scopes.findLast((scope) => scope.has(name))?.get(name)
  const inBrowser = /^\s*["']use client["']/.test(source.text)
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`

  const visit = (node: ts.Node) => {
    const opensScope = ts.isFunctionLike(node)
    if (opensScope) scopes.push(new Map())
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const namespace = translatorNamespace(node.initializer)
      if (namespace !== undefined) scopes.at(-1)!.set(node.name.text, namespace)
    }
    if (ts.isCallExpression(node)) readCall(node)
    if (ts.isJsxText(node) && HAS_WORDS.test(node.text) && !NAMES.has(node.text.trim())) usage.rawText.push(`${where(node)}: "${node.text.trim()}"`)
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (HAS_WORDS.test(node.initializer.text)) usage.rawText.push(`${where(node)}: ${node.name.getText()}="${node.initializer.text}"`)
    }
    if (ts.isJsxExpression(node) && node.expression && isWordyLiteral(node.expression)) {
      const parent = node.parent
      const read = ts.isJsxElement(parent) || ts.isJsxFragment(parent) || (ts.isJsxAttribute(parent) && READ_ATTRIBUTES.has(parent.name.getText()))
      if (read) usage.rawText.push(`${where(node)}: ${node.expression.getText()}`)
    }
    ts.forEachChild(node, visit)
    if (opensScope) scopes.pop()
  }

  const readCall = (call: ts.CallExpression) => {
    const callee = call.expression
    const [argument] = call.arguments
    if (ts.isIdentifier(callee) && callee.text === ERROR_KEY && argument && ts.isStringLiteralLike(argument)) usage.keys.add(`errors.${argument.text}`)
    const translator = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : undefined
    const namespace = ts.isCallExpression(callee) ? translatorNamespace(callee) : translator === undefined ? undefined : namespaceOf(translator)
    const [first] = call.arguments
    if (namespace === undefined || !first) return
    const within = (key: string) => (namespace ? `${namespace}.${key}` : key)
    const key = ts.isStringLiteralLike(first) ? within(first.text) : ts.isTemplateExpression(first) ? within(first.head.text) : undefined
    if (key === undefined) return
    if (ts.isStringLiteralLike(first)) usage.keys.add(key)
    else usage.prefixes.add(key)
    if (inBrowser) usage.clientNamespaces.add(key.split(".")[0]!)
  }

  visit(source)
}

/** A string or template literal with words in it: text, wherever it is rendered. */
function isWordyLiteral(expression: ts.Expression): boolean {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return HAS_WORDS.test(expression.text)
  if (ts.isTemplateExpression(expression)) return HAS_WORDS.test(expression.head.text + expression.templateSpans.map((span) => span.literal.text).join(""))
  return false
}

/** The namespace a translator is made for ("" for the whole catalog), if `expression` makes one. */
function translatorNamespace(expression: ts.Expression): string | undefined {
  const call = ts.isAwaitExpression(expression) ? expression.expression : expression
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined
  if (call.expression.text === TRANSLATOR_FOR) {
    const namespace = call.arguments[1]
    return namespace && ts.isStringLiteralLike(namespace) ? namespace.text : undefined
  }
  if (!TRANSLATORS.has(call.expression.text)) return undefined
  const [first] = call.arguments
  if (!first) return ""
  if (ts.isStringLiteralLike(first)) return first.text
  if (ts.isObjectLiteralExpression(first)) {
    const property = first.properties.find((candidate) => candidate.name?.getText() === "namespace")
    if (property && ts.isPropertyAssignment(property) && ts.isStringLiteralLike(property.initializer)) return property.initializer.text
    return ""
  }
  return undefined
}

/** The ICU arguments a message takes ({email}, {hours, plural, …}) and its tags (<strong>). */
export function placeholdersOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!)
  const tags = [...message.matchAll(/<(\w+)>/g)].map((match) => `<${match[1]}>`)
  return [...new Set([...names, ...tags])].sort()
}
