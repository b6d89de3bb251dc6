import { PageFrame } from "@/components/page-frame"
import { Refusal } from "@/components/refusal"
import { currentPerson } from "@/lib/auth/auth"

export const metadata = { title: "Page not found · Hitflow" }

// Also what a stranger gets for someone else's account: exactly as for an account that does not exist.
export default async function NotFound() {
  const signedIn = Boolean(await currentPerson())
  return (
    <PageFrame>
      <Refusal title="Page not found" ways={signedIn ? [{ href: "/", label: "Go to your accounts" }] : [{ href: "/sign-in", label: "Sign in" }]}>
        <p>This page does not exist, or you do not have access to it.</p>
      </Refusal>
    </PageFrame>
  )
}
