// The small buttons on list rows; their look is in app/globals.css (.row-button…).
const classes = { default: "row-button", danger: "row-button-danger", primary: "row-button-primary" }

export type ButtonTone = keyof typeof classes

export function rowButtonClass(tone: ButtonTone = "default"): string {
  return classes[tone]
}
