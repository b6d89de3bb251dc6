import { SignedOutFrame } from "@/components/signed-out-frame"

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <SignedOutFrame>{children}</SignedOutFrame>
}
