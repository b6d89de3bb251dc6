// A crash of one process is not an outage: the server Hitflow ships to run under systemd (deploy/hitflow@.service)
// is killed outright (SIGKILL, as the kernel's out-of-memory killer does) twice while a client keeps asking for
// pages. systemd must start a new process each time, which serves again within seconds.
import crypto from "node:crypto"
import { SERVER_PROCESS_TITLE } from "@/scripts/production-server"
import { pause, waitFor } from "../polling"
import { Problems, type Scenario } from "../scenario"
import { commandLine, processTree } from "@/tests/processes"
import { superviseWithSystemd, systemdAvailable } from "../systemd"

const PORT = Number(process.env.RELIABILITY_SUPERVISED_PORT ?? 3310)
const KILLS = 2
const BACK_WITHIN_MS = 30_000
const PROBE_EVERY_MS = 100

export const supervisedCrash: Scenario = {
  name: "supervised crash",
  needsServers: false,
  async run() {
    const problems = new Problems()
    const unavailable = systemdAvailable()
    if (unavailable) return { summary: `cannot run: ${unavailable}`, problems: [`systemd is needed (${unavailable})`] }
    const url = `http://127.0.0.1:${PORT}`
    const supervisor = superviseWithSystemd(PORT, {
      DATABASE_URL: process.env.DATABASE_URL!,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      TWO_FACTOR_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
      APP_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    })
    const serverPid = () => processTree(supervisor.pid).find((pid) => commandLine(pid).startsWith(SERVER_PROCESS_TITLE))
    const serves = async () => (await fetch(`${url}/sign-in`).catch(() => undefined))?.status === 200
    const outages: number[] = []
    try {
      await waitFor("systemd to start the server", serves, { timeoutMs: 60_000, intervalMs: 300 })
      for (let kill = 1; kill <= KILLS; kill++) {
        const victim = serverPid()
        if (!victim) throw new Error("the server's process was not found under systemd")
        process.kill(victim, "SIGKILL")
        const killedAt = Date.now()
        await waitFor("the killed server to stop answering", async () => !(await serves()), { timeoutMs: 5_000, intervalMs: 20 })
        const back = await waitFor("a new server to answer", async () => (await serves()) && serverPid(), { timeoutMs: BACK_WITHIN_MS, intervalMs: PROBE_EVERY_MS }).catch(
          () => undefined,
        )
        problems.expect(back !== undefined, `after kill ${kill}, no server answered within ${BACK_WITHIN_MS / 1000} s`)
        problems.expect(back !== victim, `after kill ${kill}, the same process ${victim} still answered`)
        if (back === undefined) break
        outages.push(Date.now() - killedAt)
        await pause(1_500) // past RestartSec, so the next kill is a fresh crash
      }
      problems.expect(((await fetch(`${url}/api/health`).catch(() => undefined))?.status ?? 0) === 200, "the restarted server does not answer /api/health")
    } catch (error) {
      problems.expect(false, `${error instanceof Error ? error.message : error}\nsystemd said:\n${supervisor.output().slice(-3_000)}`)
    } finally {
      await supervisor.stop()
    }
    const seconds = outages.map((ms) => (ms / 1000).toFixed(1)).join(" s, ")
    return { summary: `${outages.length} of ${KILLS} SIGKILLs survived: systemd restarted the server, serving again after ${seconds || "?"} s`, problems: problems.list }
  },
}
