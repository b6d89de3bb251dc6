// Every route handler of the app, with who may call it. (Server actions carry their rule themselves: see
// lib/server-action.ts.) lib/authorization-matrix.test.ts finds every entry point in the source and fails on any
// that is missing, then tries each one with every kind of caller and target, expecting exactly what these rules and
// the role table (lib/modules.ts) allow.
import type { CallerRule } from "@/lib/server-action"

type Registered = { file: string; caller: CallerRule }

export const ROUTE_HANDLERS = {
  "GET /api/accounts": { file: "app/api/accounts/route.ts", caller: { kind: "signed-in" } },
  "GET /api/health": { file: "app/api/health/route.ts", caller: { kind: "public" } },
  // Answers only where the server counts queries (HITFLOW_COUNT_QUERIES=1, the benchmark); a 404 elsewhere.
  "GET /api/bench/query-count": { file: "app/api/bench/query-count/route.ts", caller: { kind: "public" } },
} as const satisfies Record<string, Registered>

export type RouteHandlerName = keyof typeof ROUTE_HANDLERS
