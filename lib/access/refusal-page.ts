// Refusals answered by proxy.ts itself, with their real HTTP status (a rewrite can lose the status on the way).
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function refusalResponse(status: 403 | 404, title: string, message: string): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Hitflow</title>
<style>body{font-family:ui-sans-serif,system-ui,sans-serif;background:#f8fafc;color:#0f172a;margin:0}
main{max-width:32rem;margin:4rem auto;padding:0 1rem;text-align:center}h1{font-size:1.5rem;font-weight:600}
p{color:#475569;line-height:1.5}a{color:#4f46e5}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to your accounts</a></p></main></body></html>`
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } })
}
