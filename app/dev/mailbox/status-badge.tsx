import type { MailStatus } from "@/lib/generated/prisma/enums"

const styles: Record<MailStatus, string> = {
  PENDING: "bg-amber-50 text-amber-800",
  SENT: "bg-emerald-50 text-emerald-700",
  FAILED: "bg-red-50 text-red-700",
}

export function StatusBadge({ status }: { status: MailStatus }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{status.toLowerCase()}</span>
}

export function formatTime(date: Date): string {
  return date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium" })
}
