// The app's palette (Tailwind slate + indigo), inlined because mail clients ignore stylesheets.
export const colors = {
  page: "#f8fafc",
  border: "#e2e8f0",
  text: "#0f172a",
  body: "#334155",
  muted: "#64748b",
  brand: "#4f46e5",
}

export const font = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'
