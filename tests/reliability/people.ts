// The people scenarios need, created through the app's own sign-up logic (lib/users/register.ts).
import type { Domain } from "./domain"

export type Person = { userId: string; accountId: string; email: string; name: string }

let counter = 0

/** A person with their own account; the name is unique so mails and account names tell people apart. */
export async function createPerson(domain: Domain, role: string): Promise<Person> {
  counter++
  const name = `${role} ${counter}`
  const person = await domain.createPerson(name, domain.uniqueEmail(role.toLowerCase().replace(/\W+/g, "-")))
  return { userId: person.userId, accountId: person.accountId, email: person.email, name }
}

/** `count` people, a few at a time (password hashing is deliberately slow). */
export async function createPeople(domain: Domain, role: string, count: number): Promise<Person[]> {
  const people: Person[] = []
  for (let start = 0; start < count; start += 4) {
    const batch = Math.min(4, count - start)
    people.push(...(await Promise.all(Array.from({ length: batch }, () => createPerson(domain, role)))))
  }
  return people
}
