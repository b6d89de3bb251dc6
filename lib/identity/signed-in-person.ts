import "server-only"
import { currentViewer } from "@/lib/auth/auth"
import { db } from "@/lib/db"

/** The person a profile action acts for (read fresh), with the session it came from; null once that session is gone. */
export async function signedInPerson(userId: string): Promise<{ id: string; name: string; email: string; sessionId: string } | null> {
  const viewer = await currentViewer()
  const user = viewer?.userId === userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } }) : null
  return user && viewer ? { ...user, sessionId: viewer.sessionId } : null
}
