import { AppShell } from "@/components/app-shell"
import { requireAccountFrame } from "@/lib/access/page-access"
import { openableModules } from "@/lib/modules"

// Everyone who can see the account gets its frame; a deactivated member's has no modules, nor has the frame of a
// member without two-factor authentication in an account that requires it (their page says why).
export default async function AccountLayout({ children, params }: LayoutProps<"/accounts/[accountId]">) {
  const { accountId } = await params
  const { person, access } = await requireAccountFrame(accountId)
  const modules = access.status === "ACTIVE" && !access.twoFactorMissing ? openableModules(access.grant) : []
  return (
    <AppShell person={person} account={{ id: accountId, name: access.accountName, modules }}>
      {children}
    </AppShell>
  )
}
