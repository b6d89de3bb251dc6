import { signInOverHttp } from "@/tests/sign-in-over-http"
import type { Sessions } from "./scenarios"
import type { BenchFixtures } from "./seed"

/** A session for each person the scenarios act as. */
export async function signInEveryone(baseUrl: string, people: BenchFixtures): Promise<Sessions> {
  const as = (email: string) => signInOverHttp(baseUrl, email, people.password)
  return {
    bigOwner: await as(people.bigOwner.email),
    smallOwner: await as(people.smallOwner.email),
    trio: await as(people.trio.email),
    multi: await as(people.multi.email),
    inviters: await Promise.all(people.inviters.emails.map(as)),
  }
}
