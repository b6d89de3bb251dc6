/** Why the last action on a row was refused, under the row's buttons. */
export function RowError({ message }: { message: string | undefined }) {
  if (!message) return null
  return (
    <p role="alert" className="max-w-xs text-xs text-red-700">
      {message}
    </p>
  )
}
