// Screens checked by axe-core against WCAG 2.2 A/AA, each saved as a screenshot at 1280 and 390 px
// (test-results/screens, not committed).
import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

const SCREENS_DIR = "test-results/screens"
export const WIDTHS = [1280, 390]

/** A checker that remembers the screens it passed, for the spec to print. */
export function screenChecker() {
  const checked: string[] = []
  /** Runs axe on what the page shows now, at each width, and saves a screenshot of each. */
  async function checkScreen(page: Page, name: string, widths = WIDTHS) {
    const original = page.viewportSize()!
    for (const width of widths) {
      await page.setViewportSize({ width, height: width > 800 ? 900 : 844 })
      await page.waitForTimeout(150) // layout settles after the resize
      // A toast still fading in is half transparent: axe would measure its contrast mid-animation.
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"))
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()
      const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`)
      expect(violations, `${name} at ${width} px`).toEqual([])
      // A fixed overlay only covers the first viewport of a full-page shot: an open dialog is shot as the viewport.
      const dialogOpen = (await page.getByRole("dialog").count()) > 0
      await page.screenshot({ path: `${SCREENS_DIR}/${name}-${width}.png`, fullPage: !dialogOpen })
    }
    await page.setViewportSize(original)
    checked.push(name)
  }
  return { checkScreen, checked }
}
