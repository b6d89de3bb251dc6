import { getTranslations } from "next-intl/server"
import { PageFrame } from "@/components/page-frame"
import { Refusal } from "@/components/refusal"
import { currentPerson } from "@/lib/auth/auth"

export async function generateMetadata() {
  const t = await getTranslations("notFound")
  return { title: t("metaTitle") }
}

// Also what a stranger gets for someone else's account: exactly as for an account that does not exist.
export default async function NotFound() {
  const signedIn = Boolean(await currentPerson())
  const t = await getTranslations("notFound")
  return (
    <PageFrame>
      <Refusal title={t("title")} ways={signedIn ? [{ href: "/", label: t("toAccounts") }] : [{ href: "/sign-in", label: t("signIn") }]}>
        <p>{t("body")}</p>
      </Refusal>
    </PageFrame>
  )
}
