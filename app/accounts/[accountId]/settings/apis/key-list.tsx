"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { ConfirmDialog } from "@/components/confirm-dialog"
import { RoleBadges } from "@/components/role-badges"
import { announce } from "@/components/toaster"
import { revokeApiKeyAction } from "@/lib/api/actions"
import type { Role } from "@/lib/generated/prisma/enums"

type KeyRow = {
  id: string
  name: string
  prefix: string
  roles: Role[]
  creator: string
  created: string
  lastUsed: string
  expires: string
  state: "active" | "expired" | "revoked"
  revocable: boolean
}

/** The account's keys: what each is, who made it, when it was last used and expires, with Revoke (after a confirmation). */
export function KeyList({ accountId, keys }: { accountId: string; keys: KeyRow[] }) {
  const [revoking, setRevoking] = useState<KeyRow | null>(null)
  const t = useTranslations("apiKeys")
  return (
    <section aria-labelledby="keys-heading" className="mt-10">
      <h2 id="keys-heading" tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {t("heading")}
      </h2>
      {keys.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="table-frame">
          <table role="table" aria-label={t("heading")} className="data-table">
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">{t("key")}</th>
                <th role="columnheader" scope="col">{t("roles")}</th>
                <th role="columnheader" scope="col">{t("use")}</th>
                <th role="columnheader" scope="col">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {keys.map((key) => (
                <tr role="row" key={key.id}>
                  <td role="cell">
                    <p className="font-medium text-slate-900">{key.name}</p>
                    <p className="font-mono text-xs text-slate-600">{`${key.prefix}…`}</p>
                  </td>
                  <td role="cell">
                    <RoleBadges roles={key.roles} />
                  </td>
                  <td role="cell" className="text-xs text-slate-700">
                    <span className="block">{t("createdBy", { creator: key.creator, date: key.created })}</span>
                    <span className="block">{t("lastUsed", { date: key.lastUsed })}</span>
                    <span className={`block ${key.state === "active" ? "" : "status-warning"}`}>
                      {key.state === "revoked" ? t("revoked") : key.state === "expired" ? t("expired", { date: key.expires }) : t("expiresOn", { date: key.expires })}
                    </span>
                  </td>
                  <td role="cell" className="text-right">
                    {key.revocable ? (
                      <button type="button" className="row-button-danger" aria-label={t("revokeName", { name: key.name })} onClick={() => setRevoking(key)}>
                        {t("revoke")}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        message={t("revokeMessage")}
        confirmLabel={t("revokeKey")}
        keepLabel={t("keepKey")}
        action={() => revokeApiKeyAction(accountId, revoking!.id)}
        onDone={(result) => {
          if (result.ok && result.message) announce(result.message)
          document.getElementById("keys-heading")?.focus()
        }}
      />
    </section>
  )
}
