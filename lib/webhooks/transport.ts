import "server-only"
import http from "node:http"
import https from "node:https"
import type { Target } from "./address-guard"

// One POST to an endpoint, to the address the guard checked (never resolved again, so DNS cannot move it),
// answered within 10 s, redirects not followed. Only the first 1 KB of the answer is read.

export const TIMEOUT_MS = 10_000
const KEPT_BYTES = 1024

export type Answer = { status: number; body: string }
/** The connect step: tests replace it to prove that a refused address never reaches it. */
export type Post = (target: Target, headers: Record<string, string>, body: string, timeoutMs: number) => Promise<Answer>

/** The answer's start as text the log can store and show: no NUL (PostgreSQL refuses it), control or bidi characters. */
function readable(bytes: Buffer): string {
  return bytes.toString("utf8").replace(/[^\P{C}\t\n]/gu, "\uFFFD")
}

export const postToTarget: Post = (target, headers, body, timeoutMs) =>
  new Promise((resolve, reject) => {
    const secure = target.url.protocol === "https:"
    const request = (secure ? https : http).request(
      {
        protocol: target.url.protocol,
        host: target.url.hostname.replace(/^\[|\]$/g, ""),
        port: target.url.port || (secure ? 443 : 80),
        path: `${target.url.pathname}${target.url.search}`,
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Hitflow-Webhooks/1" },
        // The address checked, whatever the name resolves to now; TLS still verifies the certificate for the name.
        lookup: (_hostname, options, callback) =>
          (options as { all?: boolean }).all
            ? (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }])
            : callback(null, target.address, target.family),
        timeout: timeoutMs,
        // A connection of its own: no keep-alive pool, no proxy from the environment between the check and the post.
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        const done = () => resolve({ status: response.statusCode ?? 0, body: readable(Buffer.concat(chunks).subarray(0, KEPT_BYTES)) })
        response.on("data", (chunk: Buffer) => {
          chunks.push(chunk)
          size += chunk.length
          if (size >= KEPT_BYTES) {
            // Enough for the log: the rest of the answer is not read.
            done()
            response.destroy()
          }
        })
        response.on("end", done)
        response.on("error", reject)
      },
    )
    // The whole exchange within the limit, also for a receiver that trickles its answer.
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)))
    request.on("error", (error) => {
      clearTimeout(deadline)
      reject(error)
    })
    request.on("close", () => clearTimeout(deadline))
    request.end(body)
  })
