"use client"

import { useTranslations } from "next-intl"
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
  const t = useTranslations("twoFactor")
  const fields = useTranslations("fields")
  const [state, turnOn] = useActionState(withCodes(turnOnTwoFactorAction, t("onSaveCodes"), onCodes), null)
  const shown = setup?.ok ? setup.data : undefined
  return (
    <div className="mt-3 flex max-w-xl flex-col gap-4">
      <p className="text-sm text-slate-700">{t("off")}</p>
      <FormError message={errorIn(setup)} />
      {shown ? (
        <>
          <ol className="flex list-decimal flex-col gap-3 pl-5 text-sm text-slate-700">
            <li>
              {t("scan")}
              {/* A data: URL of an SVG made on the server; the CSP allows data: images. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={shown.qrCode} alt={t("qrCode")} width={176} height={176} className="mt-2 rounded border border-slate-200 bg-white" />
            </li>
            <li>
              {t("typeKey")} <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900" data-testid="two-factor-secret">{shown.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
            </li>
            <li>{t("enterToCheck")}</li>
          </ol>
          <form action={turnOn} className="flex max-w-sm flex-col gap-4" noValidate>
            <FormError message={errorIn(state)} />
            <Field label={fields("password")} name="password" id="turn-on-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
            <Field label={t("code")} name="code" inputMode="numeric" autoComplete="one-time-code" error={errorIn(state, "code")} />
            <div>
              <SubmitButton>{t("turnOn")}</SubmitButton>
            </div>
          </form>
        </>
      ) : (
        <div>
          <button type="button" className="button-primary" disabled={pending} onClick={() => startTransition(async () => setSetup(await setUpTwoFactorAction()))}>
            {t("setUp")}
          </button>
        </div>
      )}
    </div>
  )
}

type TurnedOnProps = Extract<Props, { on: true }> & { onCodes: (codes: string[]) => void; /** New recovery codes, shown once. */ codes: React.ReactNode }

function TurnedOn({ since, recoveryCodesLeft, requiredBy, onCodes, codes }: TurnedOnProps) {
  const t = useTranslations("twoFactor")
  const fields = useTranslations("fields")
  const [state, regenerate] = useActionState(withCodes(regenerateRecoveryCodesAction, t("regenerated"), onCodes), null)
  return (
    <div className="mt-3 flex max-w-xl flex-col gap-6">
      <p className="text-sm text-slate-700">
        {t.rich("status", {
          since,
          left: recoveryCodesLeft,
          badge: (chunks) => <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">{chunks}</span>,
        })}
      </p>
      {codes}
      <form action={regenerate} className="flex max-w-sm flex-col gap-3" noValidate>
        <h3 className="font-medium text-slate-900">{t("newCodes")}</h3>
        <p className="text-sm text-slate-600">{t("newCodesIntro")}</p>
        <FormError message={errorIn(state)} />
        <Field label={fields("password")} name="password" id="regenerate-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
        <Field label={t("code")} name="code" id="regenerate-code" inputMode="numeric" autoComplete="one-time-code" hint={t("codeHint")} error={errorIn(state, "code")} />
        <div>
          <SubmitButton variant="secondary">{t("regenerate")}</SubmitButton>
        </div>
      </form>
      <TurnOff requiredBy={requiredBy} />
    </div>
  )
}

function TurnOff({ requiredBy }: { requiredBy: string[] }) {
  const [open, setOpen] = useState(false)
  const t = useTranslations("twoFactor")
  const fields = useTranslations("fields")
  const [state, turnOff] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await turnOffTwoFactorAction(previous, form)
    if (result.ok && result.message) announce(result.message)
    return result
  }, null)
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <div>
        <Dialog.Trigger className="button-danger">{t("turnOff")}</Dialog.Trigger>
      </div>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold text-slate-900">{t("turnOffTitle")}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600">
            {requiredBy.length > 0 ? t("turnOffLosesAccess", { accounts: requiredBy.join(", "), count: requiredBy.length }) : t("turnOffPasswordAlone")}
          </Dialog.Description>
          <form action={turnOff} className="mt-4 flex flex-col gap-4" noValidate>
            <FormError message={errorIn(state)} />
            <Field label={fields("password")} name="password" id="turn-off-password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
            <Field label={t("code")} name="code" id="turn-off-code" inputMode="numeric" autoComplete="one-time-code" hint={t("codeHint")} error={errorIn(state, "code")} />
            <div className="flex flex-wrap justify-end gap-3">
              <Dialog.Close className="button-secondary">{t("keepOn")}</Dialog.Close>
              <button type="submit" className="button-danger">
                {t("turnOff")}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
