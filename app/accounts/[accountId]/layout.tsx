import { AccountNav } from "@/components/account-nav"
import { requirePageAccess } from "@/lib/access/page-access"
import { openableModules } from "@/lib/modules"

export default async function AccountLayout({ children, params }: LayoutProps<"/accounts/[accountId]">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "")
  return (
    <div className="min-h-screen md:flex">
      <AccountNav accountId={accountId} accountName={access.accountName} modules={openableModules(access.grant)} />
      <main className="flex-1 px-4 py-6 md:px-10 md:py-10">{children}</main>
    </div>
  )
}
