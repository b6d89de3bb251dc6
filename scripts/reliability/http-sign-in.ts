// Signing in without a browser, through Auth.js's own endpoints: the CSRF token, then the credentials callback.
// The session cookie it returns is a JWT signed with AUTH_SECRET, so it works on every instance of the app.

export const SESSION_COOKIE = "authjs.session-token"

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const csrfCookie = cookiesFrom(csrfResponse).join("; ")
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  })
  const session = cookiesFrom(response).find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))
  if (!session) throw new Error(`Signing in ${email} at ${baseUrl} failed (HTTP ${response.status})`)
  return session.slice(SESSION_COOKIE.length + 1)
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]!)
}
