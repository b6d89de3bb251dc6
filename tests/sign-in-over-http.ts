// Signing in without a browser, the way a browser without JavaScript does: the sign-in page's form, with the hidden
// fields Next.js renders for its server action, posted back as multipart form data. The session cookie it returns
// is sealed with AUTH_SECRET, so it works on every instance of the app. Used by the benchmark and the suites.

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token=/

const ENTITIES: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" }
const decodeEntities = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity]!)

/** The hidden fields of the first form on a page, as name and value. */
function hiddenFields(html: string): [string, string][] {
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1] ?? ""
  return [...form.matchAll(/<input\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\btype="hidden"/.test(tag))
    .map((tag) => [decodeEntities(tag.match(/\bname="([^"]*)"/)?.[1] ?? ""), decodeEntities(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? "")])
}

export type HttpSignIn = { status: number; location: string; cookies: string[]; session: string | undefined }

/**
 * Posts the sign-in form as a browser would, from `headers` (e.g. X-Forwarded-For), with `fields` set as a script
 * could set them (e.g. another return path). Never throws on a refusal.
 */
export async function postSignInForm(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  fields: Record<string, string> = {},
): Promise<HttpSignIn> {
  const page = await fetch(`${baseUrl}/sign-in`, { headers })
  const form = new FormData()
  for (const [name, value] of hiddenFields(await page.text())) form.append(name, value)
  for (const [name, value] of Object.entries({ email, password, ...fields })) form.set(name, value)
  const response = await fetch(`${baseUrl}/sign-in`, { method: "POST", body: form, redirect: "manual", headers: { ...headers, origin: new URL(baseUrl).origin } })
  const cookies = response.headers.getSetCookie()
  return {
    status: response.status,
    location: response.headers.get("location") ?? "",
    cookies,
    session: cookies.map((cookie) => cookie.split(";")[0]!).find((pair) => SESSION_COOKIE.test(pair)),
  }
}

/** The `Cookie` header value of a fresh signed-in session (which also has its row in "Session"). */
export async function signInOverHttp(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const answer = await postSignInForm(baseUrl, email, password, headers)
  if (!answer.session) throw new Error(`Signing in ${email} at ${baseUrl} failed (HTTP ${answer.status}, no session cookie)`)
  return answer.session
}
