import { redirect } from "next/navigation"
import { currentUserId } from "@/lib/auth/auth"
import { homePath } from "@/lib/users/home"

export default async function Home() {
  const userId = await currentUserId()
  redirect(userId ? await homePath(userId) : "/sign-in")
}
