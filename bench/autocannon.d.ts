// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Request = {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request
  }
  type Options = {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    verifyBody?: (body: string) => boolean
    requests?: Request[]
  }
  type Stats = { average: number; mean: number; min: number; max: number; p50: number; p90: number; p99: number; total: number }
  type Result = {
    duration: number
    requests: Stats & { sent: number }
    latency: Stats & { totalCount: number }
    errors: number
    timeouts: number
    non2xx: number
    mismatches: number
    statusCodeStats: Record<string, { count: number }>
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
