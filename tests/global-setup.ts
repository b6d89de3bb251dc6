import { resetDatabase } from "./database"

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests with `npm test`")
  await resetDatabase(url)
}
