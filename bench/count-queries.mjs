// Loaded into the server under test, and only there (`node --import ./bench/count-queries.mjs`, see server.ts):
// counts every SQL statement the server sends, and among them the access checks (the only ones that read
// "Session"), at the pg driver that Prisma and the access check share. It answers the counts on
// 127.0.0.1:$BENCH_QUERY_COUNT_PORT, so the product itself has no benchmark code and no benchmark route.
import http from "node:http"
import { createRequire } from "node:module"

const pg = createRequire(import.meta.url)("pg")
const counts = { queries: 0, sessionQueries: 0 }
const query = pg.Client.prototype.query
pg.Client.prototype.query = function countedQuery(statement, ...rest) {
  counts.queries++
  const text = typeof statement === "string" ? statement : (statement?.text ?? "")
  if (text.includes('"Session"')) counts.sessionQueries++
  return query.call(this, statement, ...rest)
}

http
  .createServer((_request, response) => response.end(JSON.stringify(counts)))
  .listen(Number(process.env.BENCH_QUERY_COUNT_PORT), "127.0.0.1")
  .unref()
