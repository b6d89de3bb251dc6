type FieldProps = {
  label: string
  name: string
  /** Where a page has two fields of the same name (in two forms): the input's id, else its name. */
  id?: string
  type?: string
  defaultValue?: string
  error?: string
  autoComplete?: string
  readOnly?: boolean
  inputMode?: "numeric" | "text"
  /** A line under the label that says what to type. */
  hint?: string
}

/** A labelled input with its error message right under it. */
export function Field({ label, name, id = name, type = "text", defaultValue, error, autoComplete, readOnly, inputMode, hint }: FieldProps) {
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ")
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        readOnly={readOnly}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 read-only:bg-slate-100 read-only:text-slate-600 aria-invalid:border-red-500"
      />
      <FieldError id={errorId} error={error} />
    </div>
  )
}

/** A labelled choice among `children` (its options), with its error message right under it. */
export function SelectField({ label, name, defaultValue, error, children }: { label: string; name: string; defaultValue: string; error?: string; children: React.ReactNode }) {
  const errorId = `${name}-error`
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-invalid:border-red-500"
      >
        {children}
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  )
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="text-sm text-red-700">
      {error}
    </p>
  ) : null
}
