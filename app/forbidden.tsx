import { PageFrame } from "@/components/page-frame"
import { Refusal } from "@/components/refusal"

export const metadata = { title: "No access · Hitflow" }

export default function Forbidden() {
  return (
    <PageFrame>
      <Refusal title="You don't have access to this page" ways={[{ href: "/", label: "Go to your accounts" }]}>
        <p>Ask the owner or an Admin of the account for access.</p>
      </Refusal>
    </PageFrame>
  )
}
