import { describe, expect, it } from "vitest"
import { chooseLocale } from "./choose-locale"

describe("the reader's language", () => {
  it("is the profile's, over the cookie and the browser", () => {
    expect(chooseLocale({ profile: "fr", cookie: "en", acceptLanguage: "en-US" })).toBe("fr")
  })

  it("is the footer switcher's cookie for a visitor, over the browser", () => {
    expect(chooseLocale({ cookie: "fr", acceptLanguage: "en-GB,en;q=0.9" })).toBe("fr")
  })

  it("follows Accept-Language by quality, region variants included", () => {
    expect(chooseLocale({ acceptLanguage: "de-DE,fr-CA;q=0.8,en;q=0.5" })).toBe("fr")
    expect(chooseLocale({ acceptLanguage: "fr;q=0.3,en-US;q=0.9" })).toBe("en")
  })

  it("skips a tag it cannot read and still hears the ones after it", () => {
    expect(chooseLocale({ acceptLanguage: "xx-!!, fr;q=0.5" })).toBe("fr")
    expect(chooseLocale({ acceptLanguage: "i-klingon, *, fr-BE;q=0.1" })).toBe("fr")
  })

  it("is English when nothing usable is said", () => {
    expect(chooseLocale({})).toBe("en")
    expect(chooseLocale({ profile: "de", cookie: "xx\u0000", acceptLanguage: "de-DE,ja" })).toBe("en")
    expect(chooseLocale({ acceptLanguage: "*;q=1, ;;, \u00e9\u00e9" })).toBe("en")
  })
})
