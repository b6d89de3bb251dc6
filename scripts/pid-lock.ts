import fs from "node:fs"

export type Lock = { ok: true; release(): void } | { ok: false; holderPid: number }

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** An exclusive lock file holding this process's pid; a lock left by a dead process is taken over. */
export function acquireLock(lockPath: string): Lock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx")
      fs.writeSync(fd, String(process.pid))
      fs.closeSync(fd)
      return { ok: true, release: () => fs.rmSync(lockPath, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
      const holderPid = Number(fs.readFileSync(lockPath, "utf8").trim())
      if (Number.isInteger(holderPid) && holderPid > 0 && isAlive(holderPid)) return { ok: false, holderPid }
      fs.rmSync(lockPath, { force: true }) // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`)
}
