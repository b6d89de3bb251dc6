"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

/** Recovery codes, shown once: the person copies or downloads them before leaving the page. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false)
  const t = useTranslations("twoFactor")
  const text = `${t("recoveryCodesFile")}\n\n${codes.join("\n")}\n`
  const download = () => {
    const link = document.createElement("a")
    link.href = URL.createObjectURL(new Blob([text], { type: "text/plain" }))
    link.download = "hitflow-recovery-codes.txt"
    link.click()
    URL.revokeObjectURL(link.href)
  }
  return (
    <section aria-labelledby="recovery-codes-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h3 id="recovery-codes-heading" className="font-semibold text-slate-900">
        {t("recoveryCodes")}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t("recoveryCodesIntro")}</p>
      <ul aria-label={t("recoveryCodesList")} className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm text-slate-900 sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="row-button" onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true))}>
          {t("copy")}
        </button>
        <button type="button" className="row-button" onClick={download}>
          {t("download")}
        </button>
        <span role="status" className="self-center text-sm text-emerald-800">
          {copied ? t("copied") : ""}
        </span>
      </div>
    </section>
  )
}
