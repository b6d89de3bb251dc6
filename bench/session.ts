import { signInOverHttp } from "@/tests/sign-in-over-http"
import type { Sessions } from "./scenarios"
import type { BenchFixtures } from "./seed"

/**
 * A session for each person the scenarios act as, one after another: sign-ins from one address count against its
 * throttle until they succeed, so many at once would be refused.
 */
export async function signInEveryone(baseUrl: string, people: BenchFixtures): Promise<Sessions> {
  const as = (email: string) => signInOverHttp(baseUrl, email, people.password)
  const inviters: string[] = []
  for (const email of people.inviters.emails) inviters.push(await as(email))
  return {
    bigOwner: await as(people.bigOwner.email),
    smallOwner: await as(people.smallOwner.email),
    trio: await as(people.trio.email),
    multi: await as(people.multi.email),
    inviters,
  }
}
