import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"
import type { Reader } from "@/lib/format"
import { translatorFor } from "@/lib/i18n/catalogs"
import { colors, font } from "./theme"

type LayoutProps = { preview: string; reader: Reader; children: ReactNode }

/** The frame every Hitflow mail shares: wordmark, a white card with the message, a short footer. */
export function Layout({ preview, reader, children }: LayoutProps) {
  const t = translatorFor(reader.locale, "mails")
  return (
    <Html lang={reader.locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.page, fontFamily: font, margin: 0, padding: "32px 0" }}>
        <Container style={{ maxWidth: "560px", margin: "0 auto", padding: "0 16px" }}>
          <Text style={{ color: colors.brand, fontSize: "18px", fontWeight: 600, margin: "0 0 16px" }}>Hitflow</Text>
          <Section
            style={{ backgroundColor: "#ffffff", border: `1px solid ${colors.border}`, borderRadius: "12px", padding: "32px" }}
          >
            {children}
          </Section>
          <Hr style={{ borderColor: colors.border, margin: "24px 0 12px" }} />
          <Text style={{ color: colors.muted, fontSize: "12px", lineHeight: "18px", margin: 0 }}>{t("layout.footer")}</Text>
        </Container>
      </Body>
    </Html>
  )
}
