/** What an endpoint answers, before the route adds its headers: kept as is for an idempotent replay. */
export type ApiAnswer = { status: number; body: unknown; replayed?: boolean }

export const ok = (body: unknown, status = 200): ApiAnswer => ({ status, body })
export const noContent: ApiAnswer = { status: 204, body: null }
