import { expect, test } from "@playwright/test"
import { screenChecker, WIDTHS } from "./accessibility"
import { confirmationLink, PASSWORD, toast, uniqueEmail, uniqueIp } from "./helpers"
import { linkIn, waitForMail } from "./mailbox"

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

test("the whole sharing story in French: invite, a French mail, sign-up, accept, the owner's French mail, roles, disable, enable, delete", async ({ page: owner, browser }) => {
  const ownerEmail = uniqueEmail("proprietaire")
  const guestEmail = uniqueEmail("invitee")
  const account = "Compte de Camille Martin"
  await owner.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() })
  await owner.goto("/sign-up")
  await owner.getByLabel("Nom").fill("Camille Martin")
  await owner.getByLabel("Adresse e-mail").fill(ownerEmail)
  await owner.getByLabel("Mot de passe").fill(PASSWORD)
  await owner.getByRole("button", { name: "Créer le compte" }).click()
  await expect(owner.getByRole("heading", { name: "Consultez votre messagerie" })).toBeVisible()
  await owner.goto(await confirmationLink(ownerEmail))
  await expect(owner.getByTestId("current-account")).toContainText(account)
  const accountId = owner.url().split("/")[4]!

  // Settings → Utilisateurs → Envoyer une invitation, in French by default, since the inviter reads French.
  await owner.goto(`/accounts/${accountId}/settings/users`)
  await expect(owner.getByRole("heading", { name: "Utilisateurs", level: 1 })).toBeVisible()
  await owner.getByRole("button", { name: "Envoyer une invitation" }).click()
  await expect(owner.getByLabel("Langue de l’invitation")).toHaveValue("fr")
  await expect(owner.getByLabel("Technique")).toBeChecked()
  await owner.getByLabel("Facturation").uncheck()
  await owner.getByLabel("Adresses e-mail").fill(guestEmail)
  await checkScreen(owner, "fr-invite-form")
  await owner.getByRole("button", { name: "Envoyer la demande" }).click()
  await expect(toast(owner, `Invitation envoyée à ${guestEmail}.`)).toBeVisible()
  const pending = owner.getByRole("table", { name: "Invitations en attente" })
  await expect(pending.getByText("Camille Martin")).toBeVisible()
  await expect(pending.getByText(/Expire le .*\(heure de l’Est nord-américain\)/)).toBeVisible()
  await checkScreen(owner, "fr-users")

  // The guest has no profile yet: the mail speaks the invitation's language, dated in the inviter's zone, named.
  const invitation = await waitForMail({ to: guestEmail, subject: `Invitation à rejoindre «\u00a0${account}\u00a0» sur Hitflow` })
  expect(invitation.TextBody).toContain("Technique et Admin")
  expect(invitation.TextBody).toMatch(/valable 72\u00a0heures, jusqu’au .* \(heure de l’Est nord-américain\)/)
  const link = linkIn(invitation, "/invitations/")

  const guestContext = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris", extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } })
  const guest = await guestContext.newPage()
  await guest.goto(link)
  await expect(guest.getByRole("heading", { name: `Rejoignez ${account} sur Hitflow` })).toBeVisible()
  await checkScreen(guest, "fr-invitation")
  await guest.getByRole("link", { name: "Créer un compte" }).click()
  await expect(guest.getByLabel("Adresse e-mail")).toHaveValue(guestEmail)
  await guest.getByLabel("Nom").fill("Gaston Lefèvre")
  await guest.getByLabel("Mot de passe").fill(PASSWORD)
  await guest.getByRole("button", { name: "Créer le compte" }).click()
  await guest.getByRole("button", { name: "Accepter l’invitation" }).click()
  await expect(guest).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))
  const nav = guest.getByRole("navigation", { name: "Navigation principale" })
  await expect(nav.getByRole("link", { name: "Utilisateurs", exact: true })).toBeVisible()
  await expect(nav.getByRole("link", { name: "Facturation", exact: true })).toHaveCount(0)

  const accepted = await waitForMail({ to: ownerEmail, subject: `Invitation acceptée\u00a0: ${guestEmail} a rejoint «\u00a0${account}\u00a0»` })
  expect(accepted.TextBody).toContain("Gaston Lefèvre")

  // Roles, then disable, enable and delete, each with its French toast; the member is told in French.
  await owner.goto(`/accounts/${accountId}/settings/users`)
  const row = owner.getByRole("table", { name: "Membres" }).getByRole("row").filter({ hasText: "Gaston Lefèvre" })
  await row.getByRole("button", { name: "Modifier les rôles de Gaston Lefèvre" }).click()
  const roles = owner.getByRole("dialog", { name: "Rôles de Gaston Lefèvre" })
  await roles.getByLabel("Facturation").check()
  await checkScreen(owner, "fr-roles-dialog")
  await roles.getByRole("button", { name: "Enregistrer" }).click()
  await expect(toast(owner, "Rôles de Gaston Lefèvre mis à jour")).toBeVisible()

  await row.getByRole("button", { name: "Désactiver l’accès de Gaston Lefèvre" }).click()
  await expect(toast(owner, "Accès de Gaston Lefèvre désactivé")).toBeVisible()
  await expect(row.getByText(/Accès désactivé depuis le/)).toBeVisible()
  await waitForMail({ to: guestEmail, subject: `Votre accès à «\u00a0${account}\u00a0» a été désactivé` })
  await guest.reload()
  await expect(guest.getByRole("heading", { name: "Votre accès est désactivé" })).toBeVisible()

  await row.getByRole("button", { name: "Réactiver l’accès de Gaston Lefèvre" }).click()
  await expect(toast(owner, "Accès de Gaston Lefèvre réactivé")).toBeVisible()
  await waitForMail({ to: guestEmail, subject: `Votre accès à «\u00a0${account}\u00a0» est de nouveau actif` })

  await row.getByRole("button", { name: "Supprimer l’accès de Gaston Lefèvre" }).click()
  await owner.getByRole("alertdialog", { name: "Supprimer l’accès de Gaston Lefèvre\u202f?" }).getByRole("button", { name: "Supprimer l’accès" }).click()
  await expect(toast(owner, "Accès de Gaston Lefèvre supprimé")).toBeVisible()
  await waitForMail({ to: guestEmail, subject: `Vous n’avez plus accès à «\u00a0${account}\u00a0»` })

  await owner.goto(`/accounts/${accountId}/settings/users/activity`)
  await expect(owner.getByRole("heading", { name: "Activité", level: 1 })).toBeVisible()
  await expect(owner.getByText(/Camille Martin a désactivé l’accès de/)).toBeVisible()
  await checkScreen(owner, "fr-activity")
  await guestContext.close()
})
