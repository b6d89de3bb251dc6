"use client"

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

const membersWord = (count: number) => (count === 1 ? "1 member" : `${count} members`)

/** Delete my Hitflow user: what it will do, listed before the person confirms with their password (and a code). */
export function DeleteUser({ ownedAccounts, memberOf, twoFactorOn }: Props) {
  const [open, setOpen] = useState(false)
  const [state, action] = useActionState<ActionResult | null, FormData>(deleteUserAction, null)
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="button-danger">Delete my Hitflow user</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold text-slate-900">Delete your Hitflow user?</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600">This cannot be undone. Before you confirm, here is what happens:</Dialog.Description>
          <ul className="mt-3 list-disc space-y-2 pl-5 text-sm text-slate-800">
            {ownedAccounts.length > 0 ? (
              <li>
                The accounts you own are deleted, with their monitors, members and invitations. Their members are mailed and lose access at once.
                Transfer an account first (Settings → Accounts) to keep it:
                <ul className="mt-1 list-[circle] pl-5">
                  {ownedAccounts.map((account) => (
                    <li key={account.id}>
                      <strong>{account.name}</strong> ({membersWord(account.members)})
                    </li>
                  ))}
                </ul>
              </li>
            ) : null}
            {memberOf.length > 0 ? <li>You leave {memberOf.join(", ")}, as if you had left each one; their owners are mailed.</li> : null}
            <li>Every session you have ends, and you cannot sign in again with this user.</li>
            <li>The changes you made stay in the activity of those accounts, under your email.</li>
          </ul>
          <form action={action} className="mt-5 flex flex-col gap-4" noValidate>
            <input type="hidden" name="owned" value={ownedAccounts.map((account) => account.id).join(",")} />
            <FormError message={errorIn(state)} />
            <Field label="Password" name="password" id="delete-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
            {twoFactorOn ? (
              <Field label="Authentication code" name="code" id="delete-code" inputMode="numeric" autoComplete="one-time-code" hint="From your app, or one of your recovery codes." error={errorIn(state, "code")} />
            ) : null}
            <div className="flex flex-wrap justify-end gap-3">
              <Dialog.Close className="button-secondary">Keep my user</Dialog.Close>
              <SubmitButton variant="danger">Delete my Hitflow user</SubmitButton>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
