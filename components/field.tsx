type FieldProps = {
  label: string
  name: string
  type?: string
  defaultValue?: string
  error?: string
  autoComplete?: string
  readOnly?: boolean
}

/** A labelled input with its error message right under it. */
export function Field({ label, name, type = "text", defaultValue, error, autoComplete, readOnly }: FieldProps) {
  const errorId = `${name}-error`
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 read-only:bg-slate-100 read-only:text-slate-600 aria-invalid:border-red-500"
      />
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
