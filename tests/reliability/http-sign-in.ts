// Signing in without a browser (through the sign-in form, as a browser without JavaScript would). The scenarios
// carry the session cookie's value; its name is the plain one, the instances being served over http.
import { signInOverHttp as signInThroughForm } from "../sign-in-over-http"

export const SESSION_COOKIE = "authjs.session-token"

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  return (await signInThroughForm(baseUrl, email, password)).slice(SESSION_COOKIE.length + 1)
}
