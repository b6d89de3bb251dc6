import { getTranslations } from "next-intl/server"
import { Refusal } from "@/components/refusal"
import { RoleExplained } from "@/components/role-explained"
import { forwardedHere } from "@/lib/access/page-access"
import { MODULES, openableModules } from "@/lib/modules"

// A 403 inside the account's frame: a deactivated member, a member without the two-factor authentication the account
// requires, or a module the member's roles do not open.
export default async function AccountForbidden() {
  const forwarded = await forwardedHere()
  const access = forwarded?.access
  const t = await getTranslations("forbidden")
  const catalog = await getTranslations()
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>
  const toAccounts = { href: "/", label: t("toAccounts") }
  if (!forwarded || !access) return <Refusal title={t("noAccess")} ways={[toAccounts]}>{null}</Refusal>
  if (forwarded.verdict.kind === "two-factor-required") {
    return (
      <Refusal title={t("twoFactorTitle")} ways={[{ href: "/profile#two-factor", label: t("setUpTwoFactor") }, toAccounts]}>
        <p>{t.rich("twoFactorBody", { account: access.accountName, strong })}</p>
      </Refusal>
    )
  }
  if (forwarded.verdict.kind === "deactivated") {
    return (
      <Refusal title={t("deactivatedTitle")} ways={[toAccounts]}>
        <p>{t.rich("deactivatedBody", { account: access.accountName, strong })}</p>
      </Refusal>
    )
  }
  const module = forwarded.verdict.kind === "forbidden" ? MODULES.find((candidate) => candidate.path === (forwarded.verdict as { module: string }).module) : undefined
  const first = openableModules(access.grant)[0]
  const ways = [...(first ? [{ href: `/accounts/${forwarded.accountId}/${first.path}`, label: t("goTo", { module: catalog(`modules.${first.path}`) }) }] : []), toAccounts]
  if (!module) return <Refusal title={t("noAccess")} ways={ways}>{null}</Refusal>
  const moduleName = catalog(`modules.${module.path}`)
  return (
    <Refusal title={t("cannotOpen", { module: moduleName })} ways={ways}>
      <p>{t.rich("moduleBody", { module: moduleName, account: access.accountName, strong, role: () => <RoleExplained role={module.grantedBy} /> })}</p>
    </Refusal>
  )
}
