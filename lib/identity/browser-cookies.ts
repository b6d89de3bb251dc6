import "server-only"
import crypto from "node:crypto"
import { cookies } from "next/headers"
import { isServedOverHttps } from "@/lib/app-url"
import { hashToken } from "@/lib/tokens"
import { sign, verify } from "./signed-values"

// Two cookies that say something about this browser, never who is signed in:
// - the device cookie (OWASP's "device cookie" against lockouts): a browser that signed in as a person before is
//   throttled on its own failures, not on the failures anyone else makes with that person's email;
// - the sign-up cookie: the browser that asked for a confirmation link, which alone the link signs in.

const YEAR_S = 365 * 24 * 60 * 60
const DAY_S = 24 * 60 * 60

const secure = isServedOverHttps
// Behind HTTPS, __Host-: a sibling subdomain cannot plant one of its own (the sign-up one would sign a victim in as
// the attacker through the attacker's confirmation link).
const cookieName = (name: string) => (secure() ? `__Host-${name}` : name)
const DEVICE_COOKIE = "hitflow-device"
const SIGN_UP_COOKIE = "hitflow-sign-up"
const options = (maxAge: number) => ({ httpOnly: true, sameSite: "lax" as const, secure: secure(), path: "/", maxAge })

/** The device id this browser holds for `email`, if it signed in as that person here before. */
export async function trustedDeviceFor(email: string): Promise<string | null> {
  const value = verify("device", (await cookies()).get(cookieName(DEVICE_COOKIE))?.value)
  const [device, owner] = value?.split("|") ?? []
  return device && owner === email ? device : null
}

/** After a successful sign-in: this browser is now one that person uses. */
export async function rememberDevice(email: string): Promise<void> {
  const device = crypto.randomBytes(16).toString("base64url")
  ;(await cookies()).set(cookieName(DEVICE_COOKIE), sign("device", `${device}|${email}`), options(YEAR_S))
}

/**
 * Gives this browser a new sign-up nonce and returns what the confirmation link stores of it. Set alike whether or
 * not a link was sent, so the answer does not tell.
 */
export async function bindSignUpToBrowser(): Promise<string> {
  const nonce = crypto.randomBytes(32).toString("base64url")
  ;(await cookies()).set(cookieName(SIGN_UP_COOKIE), nonce, options(DAY_S))
  return hashToken(nonce)
}

/** Whether this browser is the one a confirmation link was bound to. */
export async function isSignUpBrowser(bindingHash: string | null): Promise<boolean> {
  const nonce = (await cookies()).get(cookieName(SIGN_UP_COOKIE))?.value
  return Boolean(bindingHash && nonce && hashToken(nonce) === bindingHash)
}
