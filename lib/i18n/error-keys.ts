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

export function isErrorKey(message: string): boolean {
  return message.startsWith(PREFIX)
}

/** `message` written by `translate` when it is an errorKey; any other message as it is. */
export function translateError(message: string, translate: (key: ErrorKey, values?: Values) => string): string {
  if (!isErrorKey(message)) return message
  const space = message.indexOf(" ")
  const key = (space === -1 ? message.slice(PREFIX.length) : message.slice(PREFIX.length, space)) as ErrorKey
  return translate(key, space === -1 ? undefined : (JSON.parse(message.slice(space + 1)) as Values))
}
