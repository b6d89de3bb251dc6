import type { Sessions } from "./scenarios"
import type { BenchFixtures } from "./seed"

// Signs a person in the way Auth.js's credentials flow does (CSRF token, then the callback), for a session cookie.
const SESSION_COOKIE = "authjs.session-token"

/** The `Cookie` header value of a fresh signed-in session (which also has its row in "Session"). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf.headers).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl }),
  })
  const session = cookiePairs(response.headers).find((pair) => pair.startsWith(`${SESSION_COOKIE}=`))
  if (!session) throw new Error(`Signing in ${email} failed (HTTP ${response.status}, no session cookie)`)
  return session
}

function cookiePairs(headers: Headers): string[] {
  return headers.getSetCookie().map((cookie) => cookie.split(";")[0]!)
}

/** A session for each person the scenarios act as. */
export async function signInEveryone(baseUrl: string, people: BenchFixtures): Promise<Sessions> {
  const as = (email: string) => signIn(baseUrl, email, people.password)
  return {
    bigOwner: await as(people.bigOwner.email),
    smallOwner: await as(people.smallOwner.email),
    trio: await as(people.trio.email),
    multi: await as(people.multi.email),
    inviter: await as(people.inviter.email),
  }
}
