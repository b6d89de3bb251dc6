"use client"

import { useTranslations } from "next-intl"
import { useActionState, useTransition } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { cancelTransferAction, offerTransferAction } from "@/lib/ownership/actions"

type Props = {
  accountId: string
  candidates: { membershipId: string; name: string; email: string }[]
  pending: { toName: string; toEmail: string; expires: string } | null
}

/** The owner hands the account to a member: chosen, confirmed with the password, accepted by the member from a mail. */
export function TransferOwnership({ accountId, candidates, pending }: Props) {
  const [state, offer] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await offerTransferAction(accountId, previous, form)
    if (result.ok && result.message) announce(result.message)
    return result
  }, null)
  const [cancelState, cancel] = useActionState(async () => {
    const result = await cancelTransferAction(accountId)
    if (result.ok && result.message) announce(result.message)
    return result
  }, null)
  const [, startTransition] = useTransition()
  const t = useTranslations("accountSettings")
  return (
    <div className="mt-4 flex flex-col gap-4">
      {pending ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p>{t.rich("waiting", { name: pending.toName, email: pending.toEmail, expires: pending.expires, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <button type="button" className="row-button mt-2" onClick={() => startTransition(cancel)}>
            {t("cancelTransfer")}
          </button>
          <FormError message={errorIn(cancelState)} />
        </div>
      ) : null}
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noCandidates")}</p>
      ) : (
        <form action={offer} className="flex max-w-sm flex-col gap-4" noValidate>
          <FormError message={errorIn(state)} />
          <div className="flex flex-col gap-1">
            <label htmlFor="member" className="text-sm font-medium text-slate-700">
              {t("newOwner")}
            </label>
            <select
              id="member"
              name="member"
              defaultValue=""
              aria-invalid={errorIn(state, "member") ? true : undefined}
              aria-describedby={errorIn(state, "member") ? "member-error" : undefined}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
            >
              <option value="" disabled>
                {t("chooseMember")}
              </option>
              {candidates.map((candidate) => (
                <option key={candidate.membershipId} value={candidate.membershipId}>{`${candidate.name} (${candidate.email})`}</option>
              ))}
            </select>
            {errorIn(state, "member") ? (
              <p id="member-error" className="text-sm text-red-700">
                {errorIn(state, "member")}
              </p>
            ) : null}
          </div>
          <Field label={t("yourPassword")} name="password" id="transfer-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
          <div>
            <SubmitButton>{t("transfer")}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  )
}
