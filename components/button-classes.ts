// The look of the small buttons on list rows, shared by every list.
const tones = {
  default: "border border-slate-200 text-slate-700 hover:bg-slate-100",
  danger: "border border-slate-200 text-red-700 hover:bg-red-50",
  primary: "bg-indigo-600 font-medium text-white hover:bg-indigo-500",
}

export type ButtonTone = keyof typeof tones

export function rowButtonClass(tone: ButtonTone = "default"): string {
  return `rounded-md px-3 py-1.5 text-sm ${tones[tone]} disabled:opacity-60`
}
