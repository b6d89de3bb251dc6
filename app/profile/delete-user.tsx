"use client"

import { useTranslations } from "next-intl"
import { Dialog } from "radix-ui"
import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { deleteUserAction } from "@/lib/leaving/actions"

type Props = {
  ownedAccounts: { id: string; name: string; members: number }[]
  memberOf: string[]
  twoFactorOn: boolean
}

/** Delete my Hitflow user: what it will do, listed before the person confirms with their password (and a code). */
export function DeleteUser({ ownedAccounts, memberOf, twoFactorOn }: Props) {
  const [open, setOpen] = useState(false)
  const [state, action] = useActionState<ActionResult | null, FormData>(deleteUserAction, null)
  const t = useTranslations("deleteUser")
  const twoFactor = useTranslations("twoFactor")
  const fields = useTranslations("fields")
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="button-danger">{t("delete")}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold text-slate-900">{t("title")}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600">{t("description")}</Dialog.Description>
          <ul className="mt-3 list-disc space-y-2 pl-5 text-sm text-slate-800">
            {ownedAccounts.length > 0 ? (
              <li>
                {t("ownedAccounts")}
                <ul className="mt-1 list-[circle] pl-5">
                  {ownedAccounts.map((account) => (
                    <li key={account.id}>{t.rich("ownedAccount", { name: account.name, members: account.members, strong: (chunks) => <strong>{chunks}</strong> })}</li>
                  ))}
                </ul>
              </li>
            ) : null}
            {memberOf.length > 0 ? <li>{t("memberOf", { accounts: memberOf.join(", ") })}</li> : null}
            <li>{t("sessionsEnd")}</li>
            <li>{t("activityStays")}</li>
          </ul>
          <form action={action} className="mt-5 flex flex-col gap-4" noValidate>
            <input type="hidden" name="owned" value={ownedAccounts.map((account) => account.id).join(",")} />
            <FormError message={errorIn(state)} />
            <Field label={fields("password")} name="password" id="delete-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
            {twoFactorOn ? (
              <Field label={twoFactor("code")} name="code" id="delete-code" inputMode="numeric" autoComplete="one-time-code" hint={twoFactor("codeHint")} error={errorIn(state, "code")} />
            ) : null}
            <div className="flex flex-wrap justify-end gap-3">
              <Dialog.Close className="button-secondary">{t("keep")}</Dialog.Close>
              <SubmitButton variant="danger">{t("delete")}</SubmitButton>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
