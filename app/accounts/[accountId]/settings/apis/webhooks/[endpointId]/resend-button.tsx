"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { FormError } from "@/components/form-error"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { resendWebhookDeliveryAction } from "@/lib/webhooks/actions"

/** Resend on a failed delivery: the same event and webhook-id, tried again. */
export function ResendButton({ accountId, deliveryId, eventType }: { accountId: string; deliveryId: string; eventType: string }) {
  const [result, setResult] = useState<ActionResult | null>(null)
  const [pending, startTransition] = useTransition()
  const t = useTranslations("webhooks")
  return (
    <div className="mt-2">
      <button
        type="button"
        className="row-button"
        aria-label={t("resendEvent", { event: eventType })}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const answer = await resendWebhookDeliveryAction(accountId, deliveryId)
            setResult(answer)
            if (answer.ok && answer.message) announce(answer.message)
          })
        }
      >
        {t("resend")}
      </button>
      <FormError message={errorIn(result)} />
    </div>
  )
}
