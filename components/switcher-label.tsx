import { useTranslations } from "next-intl"

/** What the account switcher's button shows, before and after its menu has loaded: the current account. */
export function SwitcherLabel({ name }: { name: string | undefined }) {
  const t = useTranslations("shell")
  return (
    <>
      <span className="truncate">{name ?? t("yourAccounts")}</span>
      <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 shrink-0 text-slate-600">
        <path fill="currentColor" d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
      </svg>
    </>
  )
}
