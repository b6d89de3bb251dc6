// Reading Linux's /proc: which processes a test started (servers fork and re-exec), and what they use.
import fs from "node:fs"

export function readProc(pid: number, file: string): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8")
  } catch {
    return undefined
  }
}

/** A process's command line, its arguments joined by spaces (its title, once a server has set one). */
export function commandLine(pid: number): string {
  return (readProc(pid, "cmdline") ?? "").replaceAll("\u0000", " ").trim()
}

/** `root` and the processes below it, each before its children. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readProc(Number(entry), "stat")
    const parent = stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : NaN
    if (Number.isFinite(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  const found: number[] = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.shift()!
    found.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return found
}
