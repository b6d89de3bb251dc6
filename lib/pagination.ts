/** The furthest page a list offers: far beyond any real account, and an offset PostgreSQL takes without complaint. */
export const LAST_PAGE = 100_000

/** The page a `?page=` value asks for: a whole number from 1 to LAST_PAGE written plainly, else the first page. */
export function pageFromQuery(value: unknown): number {
  const text = Array.isArray(value) ? value[0] : value
  if (typeof text !== "string" || !/^[1-9][0-9]{0,5}$/.test(text)) return 1
  return Math.min(Number(text), LAST_PAGE)
}
