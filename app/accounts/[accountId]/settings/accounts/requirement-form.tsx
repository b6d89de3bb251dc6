"use client"

import Link from "next/link"
import { useTranslations } from "next-intl"
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
  const t = useTranslations("accountSettings")
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
        <span className="font-medium">{t("requireLabel")}</span>
      </label>
      <p id="required-hint" className="text-sm text-slate-600">
        {ownerHasTwoFactor
          ? membersWithout === 0
            ? t("everyoneUsesIt")
            : t("membersWithout", { count: membersWithout })
          : t.rich("needYoursFirst", {
              link: (chunks) => (
                <Link href="/profile#two-factor" className="font-medium text-indigo-700 underline">
                  {chunks}
                </Link>
              ),
            })}
      </p>
      {error ? (
        <p id="required-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  )
}
