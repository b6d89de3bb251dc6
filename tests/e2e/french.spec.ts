import { expect, test } from "@playwright/test"
import { screenChecker, WIDTHS } from "./accessibility"
import { confirmationLink, PASSWORD, uniqueEmail, uniqueIp } from "./helpers"

// A browser that asks for French, in Montréal (its zone is named America/Toronto).
test.use({ locale: "fr-FR", timezoneId: "America/Toronto" })
test.describe.configure({ timeout: 180_000 })
const { checkScreen, checked } = screenChecker()
test.afterAll(() => console.log(`accessibility in French: ${checked.length} screens × ${WIDTHS.length} widths, 0 violations: ${checked.join(", ")}`))

test("a visitor whose browser asks for French reads the sign-in page in French; the footer's switcher turns it to English for good", async ({ page }) => {
  await page.goto("/sign-in")
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await expect(page).toHaveTitle("Connexion · Hitflow")
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible()
  await expect(page.getByLabel("Adresse e-mail")).toBeVisible()
  await expect(page.getByRole("link", { name: "Mot de passe oublié\u202f?" })).toBeVisible()
  await checkScreen(page, "fr-sign-in")

  const languages = page.getByRole("navigation", { name: "Langue" })
  await expect(languages.getByText("Français")).toHaveAttribute("aria-current", "true")
  await languages.getByRole("button", { name: "English" }).click()
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")

  await page.goto("/sign-up")
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible()
  await page.getByRole("navigation", { name: "Language" }).getByRole("button", { name: "Français" }).click()
  await expect(page.getByRole("heading", { name: "Créer votre compte" })).toBeVisible()
})

test("signing up in French keeps French and the browser's time zone; the profile changes both, and the pages follow", async ({ page }) => {
  const email = uniqueEmail("francais")
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() })
  await page.goto("/sign-up")
  await page.getByLabel("Nom").fill("Camille Martin")
  await page.getByLabel("Adresse e-mail").fill(email)
  await page.getByLabel("Mot de passe").fill(PASSWORD)
  await page.getByRole("button", { name: "Créer le compte" }).click()
  await expect(page.getByRole("heading", { name: "Consultez votre messagerie" })).toBeVisible()
  await expect(page.getByText("Ouvrez-le dans les 24 heures")).toBeVisible()
  await checkScreen(page, "fr-check-your-inbox")
  await page.goto(await confirmationLink(email))
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/dashboard$/)
  await expect(page.getByRole("heading", { name: "Tableau de bord", level: 1 })).toBeVisible()
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Utilisateurs" })).toBeVisible()
  await checkScreen(page, "fr-dashboard")

  // The profile's language, not the browser's, decides from now on.
  await page.context().setExtraHTTPHeaders({ "accept-language": "en-US" })
  await page.goto("/profile")
  await expect(page.getByRole("heading", { name: "Votre profil", level: 1 })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  const preferences = page.getByRole("region", { name: "Langue et fuseau horaire" })
  await expect(preferences.getByLabel("Langue")).toHaveValue("fr")
  await expect(preferences.getByLabel("Fuseau horaire")).toHaveValue("America/Toronto")
  await checkScreen(page, "fr-profile")

  await preferences.getByLabel("Fuseau horaire").selectOption("Europe/Paris")
  await preferences.getByLabel("Langue").selectOption("en")
  await preferences.getByRole("button", { name: "Enregistrer la langue et le fuseau horaire" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Language and time zone saved." })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Your profile", level: 1 })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")

  await page.reload()
  const saved = page.getByRole("region", { name: "Language and time zone" })
  await expect(saved.getByLabel("Language")).toHaveValue("en")
  await expect(saved.getByLabel("Time zone")).toHaveValue("Europe/Paris")
})
