// What every scenario gets and gives back.
import type { Browser } from "@playwright/test"
import type { FakePostmark } from "../fake-postmark"
import type { DatabaseOutage } from "./database-outage"
import type { Domain } from "./domain"
import type { PostmarkRelay } from "./postmark-relay"
import type { Servers } from "./servers"
import type { Sql } from "./sql"

export type RunContext = {
  sql: Sql
  domain: Domain
  postmark: FakePostmark
  /** What the app instances send to: passes everything on to `postmark`, optionally answering late. */
  relay: PostmarkRelay
  outage: DatabaseOutage
  /** Three production servers on one database; absent for scenarios that need no server. */
  instances?: Servers
  browser?: Browser
}

export type ScenarioOutcome = {
  /** One line: what was tried and what came of it. */
  summary: string
  /** Every unexpected result, in words; empty when the scenario passed. */
  problems: string[]
}

export type Scenario = {
  name: string
  needsServers: boolean
  run(context: RunContext): Promise<ScenarioOutcome>
}

/** Collects unexpected results as a scenario goes. */
export class Problems {
  readonly list: string[] = []
  expect(ok: boolean, problem: string): void {
    if (!ok) this.list.push(problem)
  }
}

export function serversOf(context: RunContext): Servers & { browser: Browser } {
  if (!context.instances || !context.browser) throw new Error("this scenario needs the app servers and a browser")
  return { ...context.instances, browser: context.browser }
}
