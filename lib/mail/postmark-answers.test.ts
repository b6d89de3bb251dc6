import { describe, expect, test } from "vitest"
import { Errors } from "postmark"
import { outcomeOfBatchEntry, outcomeOfFailedCall } from "./postmark-answers"

describe("one message's entry in a batch answer", () => {
  test("ErrorCode 0 is accepted", () => {
    expect(outcomeOfBatchEntry({ ErrorCode: 0, Message: "OK" })).toEqual({ status: "accepted", answer: "accepted" })
  })

  test.each([300, 406, 411])("ErrorCode %i condemns the mail itself: refused for good", (code) => {
    expect(outcomeOfBatchEntry({ ErrorCode: code, Message: "No." })).toEqual({ status: "refused", answer: `rejected_${code}`, error: `Postmark error ${code}: No.` })
  })

  test.each([10, 100, 400, 401, 405, 412, 413, 429])("ErrorCode %i is about the call or the account: retried", (code) => {
    expect(outcomeOfBatchEntry({ ErrorCode: code, Message: "Not now." })).toMatchObject({ status: "failed", answer: `rejected_${code}` })
  })

  test("a missing entry is retried", () => {
    expect(outcomeOfBatchEntry(undefined)).toMatchObject({ status: "failed", answer: "bad_answer" })
  })
})

describe("a batch call that failed as a whole is retried", () => {
  test.each([
    [new Errors.InvalidAPIKeyError("Bad token", 10, 401), "http_401", "HTTP 401: Bad token"],
    [new Errors.RateLimitExceededError("Slow down", 429, 429), "http_429", "HTTP 429: Slow down"],
    [new Errors.ApiInputError("Invalid email request", 300, 422), "http_422", "HTTP 422: Invalid email request"],
    [new Errors.InternalServerError("Oops", 0, 500), "http_500", "HTTP 500: Oops"],
    [new Errors.PostmarkError("The operation was aborted due to timeout"), "timeout", "The operation was aborted due to timeout"],
    [new Errors.PostmarkError("fetch failed"), "network", "fetch failed"],
  ])("%s", (error, answer, message) => {
    expect(outcomeOfFailedCall(error)).toEqual({ status: "failed", answer, error: message })
  })
})
