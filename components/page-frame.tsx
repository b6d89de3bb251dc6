import { currentPerson } from "@/lib/auth/auth"
import { AppShell } from "./app-shell"
import { SignedOutFrame } from "./signed-out-frame"

/** A page outside any account (not found, an invitation): inside the app's frame when signed in, a card otherwise. */
export async function PageFrame({ children }: { children: React.ReactNode }) {
  const person = await currentPerson()
  if (!person) return <SignedOutFrame wide>{children}</SignedOutFrame>
  return (
    <AppShell person={person} account={null}>
      <div className="max-w-xl">{children}</div>
    </AppShell>
  )
}
