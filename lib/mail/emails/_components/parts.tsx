import { Button, Heading, Link, Text } from "@react-email/components"
import type { ReactNode } from "react"
import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { colors } from "./theme"

export function Title({ children }: { children: ReactNode }) {
  return <Heading style={{ color: colors.text, fontSize: "22px", lineHeight: "30px", margin: "0 0 16px" }}>{children}</Heading>
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ color: colors.body, fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" }}>{children}</Text>
}

export function Note({ children, htmlOnly }: { children: ReactNode; htmlOnly?: boolean }) {
  return (
    <Text data-skip-in-text={htmlOnly} style={{ color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "0 0 12px" }}>
      {children}
    </Text>
  )
}

/**
 * The mail's one call to action, followed by its URL in plain sight for clients that hide buttons. The text
 * version already prints the button's URL, so it skips the repeat.
 */
export function Action({ href, label, locale }: { href: string; label: string; locale: Locale }) {
  const t = translatorFor(locale, "mails")
  return (
    <>
      <Button
        href={href}
        style={{
          backgroundColor: colors.brand,
          borderRadius: "6px",
          color: "#ffffff",
          display: "inline-block",
          fontSize: "15px",
          fontWeight: 600,
          padding: "12px 20px",
          textDecoration: "none",
          margin: "8px 0 20px",
        }}
      >
        {label}
      </Button>
      <Note htmlOnly>
        {t("action.openLink")}
        <br />
        <Link href={href} style={{ color: colors.brand, wordBreak: "break-all" }}>
          {href}
        </Link>
      </Note>
    </>
  )
}

export function Strong({ children }: { children: ReactNode }) {
  return <strong style={{ color: colors.text }}>{children}</strong>
}

/** The tags the catalogs' mail messages use: `<strong>“{account}”</strong>` sets apart what people typed. */
export const tags = { strong: (chunks: ReactNode) => <Strong>{chunks}</Strong> }
