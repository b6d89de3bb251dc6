// How a scenario's result is printed: one line of what it tried and what came of it, then any unexpected result.
import type { AppInstance } from "./app-instance"

export type ScenarioResult = { name: string; summary: string; problems: string[]; seconds: number }

const PROBLEMS_SHOWN = 10

export function describeScenarioResult({ name, summary, problems, seconds }: ScenarioResult): string {
  const head = `${problems.length === 0 ? "✓" : "✗"} ${name}: ${summary} (${seconds.toFixed(1)} s)`
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((problem) => `    - ${problem.replaceAll("\n", "\n      ")}`)
  if (problems.length > PROBLEMS_SHOWN) shown.push(`    … and ${problems.length - PROBLEMS_SHOWN} more`)
  return [head, ...shown].join("\n")
}

const LOG_LINES_SHOWN = 10

/** The app's own last words, when a scenario failed: its warnings and errors (JSON log lines). */
export function describeServerLogs(instances: AppInstance[]): string {
  return instances
    .map((instance) => {
      const lines = instance.output().filter((line) => /"level":"(warn|error|fatal)"|Error/.test(line)).slice(-LOG_LINES_SHOWN)
      return [`    ${instance.name} (pid ${instance.pid}) said:`, ...lines.map((line) => `      ${line.slice(0, 300)}`)].join("\n")
    })
    .join("\n")
}
