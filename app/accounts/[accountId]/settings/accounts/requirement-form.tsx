"use client"

import Link from "next/link"
import { useActionState } from "react"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { setTwoFactorRequirementAction } from "@/lib/two-factor/actions"
import type { RequirementView } from "@/lib/two-factor/requirement"

/** The owner's switch: Require two-factor authentication, saved with a toast; a refusal shows next to it. */
export function RequirementForm({ accountId, required, ownerHasTwoFactor, membersWithout }: RequirementView & { accountId: string }) {
  const [state, action] = useActionState(async (_previous: ActionResult | null, form: FormData) => {
    // A checkbox sends nothing when unchecked: "off" is what its absence means.
    const sent = new FormData()
    sent.set("required", form.get("required") === "on" ? "on" : "off")
    const result = await setTwoFactorRequirementAction(accountId, sent)
    if (result.ok && result.message) announce(result.message)
    return result
  }, null)
  const error = errorIn(state) ?? errorIn(state, "required")
  return (
    <form action={action} className="mt-4 flex flex-col gap-3" noValidate>
      <label className="flex items-start gap-3 text-sm text-slate-900">
        <input
          type="checkbox"
          name="required"
          defaultChecked={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "required-error" : "required-hint"}
          className="mt-0.5 h-4 w-4 rounded border-slate-400"
        />
        <span className="font-medium">Require two-factor authentication</span>
      </label>
      <p id="required-hint" className="text-sm text-slate-600">
        {ownerHasTwoFactor ? (
          membersWithout === 0 ? (
            "Every active member already uses it."
          ) : (
            `${membersWithout === 1 ? "1 active member does" : `${membersWithout} active members do`} not use it yet: they will be mailed, and cannot get in until they turn it on.`
          )
        ) : (
          <>
            You need it yourself first:{" "}
            <Link href="/profile#two-factor" className="font-medium text-indigo-700 underline">
              set up two-factor authentication
            </Link>
            .
          </>
        )}
      </p>
      {error ? (
        <p id="required-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div>
        <SubmitButton>Save</SubmitButton>
      </div>
    </form>
  )
}
