import { Link } from "@react-email/components"
import { Layout } from "./_components/layout"
import { colors } from "./_components/theme"
import { Action, Note, Paragraph, Title } from "./_components/parts"

export type SignUpAttemptProps = { signInUrl: string; resetUrl: string }

export function signUpAttemptSubject(): string {
  return "Someone tried to create a Hitflow account with your email"
}

export default function SignUpAttemptEmail({ signInUrl, resetUrl }: SignUpAttemptProps) {
  return (
    <Layout preview={signUpAttemptSubject()}>
      <Title>You already have a Hitflow account</Title>
      <Paragraph>Someone tried to create a Hitflow account with this email. Nothing was changed: your account stays as it was.</Paragraph>
      <Action href={signInUrl} label="Sign in" />
      <Paragraph>
        Forgot your password?{" "}
        <Link href={resetUrl} style={{ color: colors.brand }}>
          Set a new one
        </Link>
        .
      </Paragraph>
      <Note>If it was not you, you can ignore this email.</Note>
    </Layout>
  )
}

SignUpAttemptEmail.PreviewProps = { signInUrl: "http://localhost:3000/sign-in", resetUrl: "http://localhost:3000/forgot-password" } satisfies SignUpAttemptProps
