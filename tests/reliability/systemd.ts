// A real systemd, as PID 1 of namespaces of its own (pid, mount, uts, ipc), running the unit Hitflow ships
// (deploy/hitflow@.service) with a drop-in that points it at this checkout and the scratch database. Only the
// network is shared, so the server it starts listens on this machine's loopback. Needs root.
//
// Nothing of the machine's boot is started: the target and the drop-in have no default dependencies, so no
// sysinit (tmpfiles, udev, sysctl), and /run, /tmp and /var/tmp are fresh in-memory folders inside the namespace.
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { commandLine, processTree } from "@/tests/processes"

const ROOT = path.resolve(import.meta.dirname, "../..")
const UNIT = "hitflow@.service"
const SYSTEMD = ["/lib/systemd/systemd", "/usr/lib/systemd/systemd"].find((candidate) => fs.existsSync(candidate))

export type Supervisor = { pid: number; output(): string; stop(): Promise<void> }

export function systemdAvailable(): string | null {
  if (process.getuid?.() !== 0) return "not root"
  if (!SYSTEMD) return "no systemd binary"
  return null
}

/** Starts systemd with hitflow@<port>.service under `environment`, and returns at once (the server starts in its time). */
export function superviseWithSystemd(port: number, environment: Record<string, string>): Supervisor {
  const units = fs.mkdtempSync(path.join(os.tmpdir(), "hitflow-systemd-"))
  fs.copyFileSync(path.join(ROOT, "deploy", UNIT), path.join(units, UNIT))
  fs.mkdirSync(path.join(units, `${UNIT}.d`))
  // The test's own paths and environment; the unit's Restart=, ExecStart= and signals are the shipped ones.
  fs.writeFileSync(
    path.join(units, `${UNIT}.d`, "test.conf"),
    [
      "[Unit]",
      "DefaultDependencies=no",
      "[Service]",
      "User=",
      "Group=",
      `WorkingDirectory=${ROOT}`,
      "EnvironmentFile=",
      // systemd reads % as a specifier and " as the end of the value.
      ...Object.entries(environment).map(([name, value]) => `Environment="${name}=${value.replace(/%/g, "%%").replace(/"/g, '\\"')}"`),
      "CacheDirectory=",
      "Environment=npm_config_cache=/tmp/npm-cache",
      // The checkout may live under /root or /home in a test run; /srv/hitflow does not.
      "ProtectHome=no",
      "StandardOutput=inherit",
      "StandardError=inherit",
    ].join("\n"),
  )
  fs.writeFileSync(path.join(units, "hitflow-test.target"), `[Unit]\nDefaultDependencies=no\nWants=hitflow@${port}.service\n`)
  const boot = [
    "set -e",
    "mount -t tmpfs tmpfs /run",
    "mkdir -p /run/systemd/system",
    `cp -r ${units}/. /run/systemd/system/`,
    "mount -t tmpfs tmpfs /tmp",
    "mount -t tmpfs tmpfs /var/tmp",
    `exec ${SYSTEMD} --system --unit=hitflow-test.target --log-target=console --log-level=notice --show-status=false`,
  ].join("\n")
  const child: ChildProcess = spawn("unshare", ["--pid", "--fork", "--mount", "--uts", "--ipc", "--mount-proc", "--propagation", "private", "sh", "-c", boot], {
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return {
    pid: child.pid!,
    output: () => output,
    async stop() {
      // The namespace's PID 1 (systemd, a child of unshare) takes every process of the namespace with it.
      for (const pid of processTree(child.pid!)) if (commandLine(pid).includes("systemd --system")) process.kill(pid, "SIGKILL")
      child.kill("SIGKILL")
      await exited
      fs.rmSync(units, { recursive: true, force: true })
    },
  }
}
