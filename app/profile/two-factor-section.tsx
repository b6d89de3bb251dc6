"use client"

import { Dialog } from "radix-ui"
import { useActionState, useState, useTransition } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { regenerateRecoveryCodesAction, setUpTwoFactorAction, turnOffTwoFactorAction, turnOnTwoFactorAction, type RecoveryCodesData, type SetupData } from "@/lib/two-factor/actions"
import { RecoveryCodes } from "./recovery-codes"

type Props =
  | { on: false }
  | { on: true; since: string; recoveryCodesLeft: number; /** Accounts this person is a member of that require it. */ requiredBy: string[] }

/** The profile's Two-factor authentication: set up and turn on, or new recovery codes and turn off. */
export function TwoFactorSection(props: Props) {
  const [shownCodes, setShownCodes] = useState<string[] | null>(null)
  const codes = shownCodes ? <RecoveryCodes codes={shownCodes} /> : null
  return props.on ? <TurnedOn {...props} onCodes={setShownCodes} codes={codes} /> : <SetUp onCodes={setShownCodes} />
}

/**
 * A form action that, once it succeeds, says so and shows the new recovery codes. Said here, not in an effect: the
 * same answer re-renders the profile, where this form may no longer be.
 */
function withCodes(
  action: (previous: unknown, form: FormData) => Promise<ActionResult<RecoveryCodesData>>,
  said: string,
  onCodes: (codes: string[]) => void,
) {
  return async (previous: unknown, form: FormData) => {
    const result = await action(previous, form)
    if (result.ok && result.data) {
      announce(said)
      onCodes(result.data.recoveryCodes)
    }
    return result
  }
}

function SetUp({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const [setup, setSetup] = useState<ActionResult<SetupData> | null>(null)
  const [pending, startTransition] = useTransition()
  const [state, turnOn] = useActionState(withCodes(turnOnTwoFactorAction, "Two-factor authentication is on. Save your recovery codes.", onCodes), null)
  const shown = setup?.ok ? setup.data : undefined
  return (
    <div className="mt-3 flex max-w-xl flex-col gap-4">
      <p className="text-sm text-slate-700">
        Off. Turn it on and signing in takes your password and a code from an authenticator app on your phone (such as 1Password, Google Authenticator
        or Microsoft Authenticator).
      </p>
      <FormError message={errorIn(setup)} />
      {shown ? (
        <>
          <ol className="flex list-decimal flex-col gap-3 pl-5 text-sm text-slate-700">
            <li>
              Scan this QR code with your app:
              {/* A data: URL of an SVG made on the server; the CSP allows data: images. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={shown.qrCode} alt="QR code to add Hitflow to your authenticator app" width={176} height={176} className="mt-2 rounded border border-slate-200 bg-white" />
            </li>
            <li>
              Or type this key into it: <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900" data-testid="two-factor-secret">{shown.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
            </li>
            <li>Enter the code the app shows, to check that it works.</li>
          </ol>
          <form action={turnOn} className="flex max-w-sm flex-col gap-4" noValidate>
            <FormError message={errorIn(state)} />
            <Field label="Password" name="password" id="turn-on-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
            <Field label="Authentication code" name="code" inputMode="numeric" autoComplete="one-time-code" error={errorIn(state, "code")} />
            <div>
              <SubmitButton>Turn on</SubmitButton>
            </div>
          </form>
        </>
      ) : (
        <div>
          <button type="button" className="button-primary" disabled={pending} onClick={() => startTransition(async () => setSetup(await setUpTwoFactorAction()))}>
            Set up
          </button>
        </div>
      )}
    </div>
  )
}

type TurnedOnProps = Extract<Props, { on: true }> & { onCodes: (codes: string[]) => void; /** New recovery codes, shown once. */ codes: React.ReactNode }

function TurnedOn({ since, recoveryCodesLeft, requiredBy, onCodes, codes }: TurnedOnProps) {
  const [state, regenerate] = useActionState(withCodes(regenerateRecoveryCodesAction, "New recovery codes made. The old ones no longer work.", onCodes), null)
  return (
    <div className="mt-3 flex max-w-xl flex-col gap-6">
      <p className="text-sm text-slate-700">
        <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">On</span> since {since}.{" "}
        {recoveryCodesLeft === 1 ? "1 recovery code left." : `${recoveryCodesLeft} recovery codes left.`}
      </p>
      {codes}
      <form action={regenerate} className="flex max-w-sm flex-col gap-3" noValidate>
        <h3 className="font-medium text-slate-900">New recovery codes</h3>
        <p className="text-sm text-slate-600">Replaces all your recovery codes: the old ones stop working.</p>
        <FormError message={errorIn(state)} />
        <Field label="Password" name="password" id="regenerate-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
        <Field label="Authentication code" name="code" id="regenerate-code" inputMode="numeric" autoComplete="one-time-code" hint="From your app, or one of your recovery codes." error={errorIn(state, "code")} />
        <div>
          <SubmitButton variant="secondary">Regenerate recovery codes</SubmitButton>
        </div>
      </form>
      <TurnOff requiredBy={requiredBy} />
    </div>
  )
}

function TurnOff({ requiredBy }: { requiredBy: string[] }) {
  const [open, setOpen] = useState(false)
  const [state, turnOff] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await turnOffTwoFactorAction(previous, form)
    if (result.ok && result.message) announce(result.message)
    return result
  }, null)
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <div>
        <Dialog.Trigger className="button-danger">Turn off</Dialog.Trigger>
      </div>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold text-slate-900">Turn off two-factor authentication?</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600">
            {requiredBy.length > 0
              ? `${requiredBy.join(", ")} ${requiredBy.length === 1 ? "requires" : "require"} two-factor authentication: you will lose access to ${requiredBy.length === 1 ? "it" : "them"} at once.`
              : "Signing in will take your password alone."}
          </Dialog.Description>
          <form action={turnOff} className="mt-4 flex flex-col gap-4" noValidate>
            <FormError message={errorIn(state)} />
            <Field label="Password" name="password" id="turn-off-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
            <Field label="Authentication code" name="code" id="turn-off-code" inputMode="numeric" autoComplete="one-time-code" hint="From your app, or one of your recovery codes." error={errorIn(state, "code")} />
            <div className="flex flex-wrap justify-end gap-3">
              <Dialog.Close className="button-secondary">Keep it on</Dialog.Close>
              <button type="submit" className="button-danger">
                Turn off
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
