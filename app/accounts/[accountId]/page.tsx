import { redirect } from "next/navigation"
import { openableModules } from "@/lib/modules"
import { requirePageAccess } from "@/lib/access/page-access"

// The way into an account (menu, mails): its first module the person may open.
export default async function AccountEntry({ params }: PageProps<"/accounts/[accountId]">) {
  const { accountId } = await params
  const { access } = await requirePageAccess(accountId, "")
  const first = openableModules(access.grant)[0]
  redirect(`/accounts/${accountId}/${first?.path ?? "dashboard"}`)
}
