import type en from "./messages/en.json"

// Form errors are written where their rule is (zod schemas at module level, with no request to know the reader's
// language from), so a schema carries the message's key in the catalogs' `errors` namespace, and whatever answers
// the request writes it in its reader's language: serverAction in the person's, the API in English.

export type ErrorKey = keyof (typeof en)["errors"]
type Values = Record<string, string | number>

const PREFIX = "errors."

/** A form error by its catalog key (`errors.<key>`), with the values its sentence takes. */
export function errorKey(key: ErrorKey, values?: Values): string {
  return values ? `${PREFIX}${key} ${JSON.stringify(values)}` : `${PREFIX}${key}`
}

const MARKER = /^errors\.(\w+)(?: (\{.*\}))?$/su

/**
 * An errorKey's key and values; null for any other message, including a sentence already written that merely starts
 * like one (a refusal naming a person called "errors.x").
 */
export function readErrorKey(message: string): { key: string; values?: Values } | null {
  const marker = MARKER.exec(message)
  if (!marker) return null
  if (marker[2] === undefined) return { key: marker[1]! }
  try {
    const values: unknown = JSON.parse(marker[2])
    return values !== null && typeof values === "object" && !Array.isArray(values) ? { key: marker[1]!, values: values as Values } : null
  } catch {
    return null
  }
}

export function isErrorKey(message: string): boolean {
  return readErrorKey(message) !== null
}
