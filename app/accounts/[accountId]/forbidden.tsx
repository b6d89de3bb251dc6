import { Refusal } from "@/components/refusal"
import { RoleExplained } from "@/components/role-explained"
import { forwardedHere } from "@/lib/access/page-access"
import { MODULES, openableModules } from "@/lib/modules"

// A 403 inside the account's frame: a deactivated member, a member without the two-factor authentication the account
// requires, or a module the member's roles do not open.
export default async function AccountForbidden() {
  const forwarded = await forwardedHere()
  const access = forwarded?.access
  if (!forwarded || !access) return <Refusal title="You don't have access to this page" ways={[{ href: "/", label: "Go to your accounts" }]}>{null}</Refusal>
  if (forwarded.verdict.kind === "two-factor-required") {
    return (
      <Refusal
        title="This account requires two-factor authentication"
        ways={[
          { href: "/profile#two-factor", label: "Set up two-factor authentication" },
          { href: "/", label: "Go to your accounts" },
        ]}
      >
        <p>
          The owner of <strong>{access.accountName}</strong> requires everyone with access to sign in with a code from an authenticator app as well as a
          password. Turn it on in your profile, then come back: your roles are kept.
        </p>
      </Refusal>
    )
  }
  if (forwarded.verdict.kind === "deactivated") {
    return (
      <Refusal title="Your access is deactivated" ways={[{ href: "/", label: "Go to your accounts" }]}>
        <p>
          Your access to <strong>{access.accountName}</strong> has been deactivated by its owner or an Admin. Ask them to enable it again. Your other
          accounts are in the account menu.
        </p>
      </Refusal>
    )
  }
  const module = forwarded.verdict.kind === "forbidden" ? MODULES.find((candidate) => candidate.path === (forwarded.verdict as { module: string }).module) : undefined
  const first = openableModules(access.grant)[0]
  const ways = [...(first ? [{ href: `/accounts/${forwarded.accountId}/${first.path}`, label: `Go to ${first.label}` }] : []), { href: "/", label: "Go to your accounts" }]
  if (!module) return <Refusal title="You don't have access to this page" ways={ways}>{null}</Refusal>
  return (
    <Refusal title={`You cannot open ${module.label}`} ways={ways}>
      <p>
        {module.label} is open to members with the <RoleExplained role={module.grantedBy} /> role (and to the account&apos;s owner). Ask the owner or an
        Admin of <strong>{access.accountName}</strong> for access.
      </p>
    </Refusal>
  )
}
