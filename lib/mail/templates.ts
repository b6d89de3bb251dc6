// Every mail Hitflow sends: its data, its subject and its React Email component (lib/mail/emails/<name>.tsx).
import { render } from "@react-email/components"
import { createElement, type ComponentType } from "react"
import type { Reader } from "@/lib/format"
import type { Locale } from "@/lib/i18n/locales"
import type { ForReader } from "@/lib/mail/emails/_components/reader"
import InvitationEmail, { invitationSubject, type InvitationProps } from "@/lib/mail/emails/invitation"
import InvitationAcceptedEmail, { invitationAcceptedSubject, type InvitationAcceptedProps } from "@/lib/mail/emails/invitation-accepted"
import MemberDisabledEmail, { memberDisabledSubject, type MemberDisabledProps } from "@/lib/mail/emails/member-disabled"
import MemberEnabledEmail, { memberEnabledSubject, type MemberEnabledProps } from "@/lib/mail/emails/member-enabled"
import MemberLeftEmail, { memberLeftSubject, type MemberLeftProps } from "@/lib/mail/emails/member-left"
import MemberRemovedEmail, { memberRemovedSubject, type MemberRemovedProps } from "@/lib/mail/emails/member-removed"
import ConfirmEmail, { confirmEmailSubject, type ConfirmEmailProps } from "@/lib/mail/emails/confirm-email"
import SignUpAttemptEmail, { signUpAttemptSubject, type SignUpAttemptProps } from "@/lib/mail/emails/sign-up-attempt"
import PasswordResetEmail, { passwordResetSubject, type PasswordResetProps } from "@/lib/mail/emails/password-reset"
import PasswordChangedEmail, { passwordChangedSubject, type PasswordChangedProps } from "@/lib/mail/emails/password-changed"
import SessionsEndedEmail, { sessionsEndedSubject, type SessionsEndedProps } from "@/lib/mail/emails/sessions-ended"
import TwoFactorChangedEmail, { twoFactorChangedSubject, type TwoFactorChangedProps } from "@/lib/mail/emails/two-factor-changed"
import RecoveryCodeUsedEmail, { recoveryCodeUsedSubject, type RecoveryCodeUsedProps } from "@/lib/mail/emails/recovery-code-used"
import TwoFactorRequiredEmail, { twoFactorRequiredSubject, type TwoFactorRequiredProps } from "@/lib/mail/emails/two-factor-required"
import OwnershipOfferedEmail, { ownershipOfferedSubject, type OwnershipOfferedProps } from "@/lib/mail/emails/ownership-offered"
import OwnershipTransferredEmail, { ownershipTransferredSubject, type OwnershipTransferredProps } from "@/lib/mail/emails/ownership-transferred"
import AccountDeletedEmail, { accountDeletedSubject, type AccountDeletedProps } from "@/lib/mail/emails/account-deleted"
import GoodbyeEmail, { goodbyeSubject, type GoodbyeProps } from "@/lib/mail/emails/goodbye"
import WebhookDisabledEmail, { webhookDisabledSubject, type WebhookDisabledProps } from "@/lib/mail/emails/webhook-disabled"

export type MailTemplates = {
  invitation: InvitationProps
  "invitation-accepted": InvitationAcceptedProps
  "member-disabled": MemberDisabledProps
  "member-enabled": MemberEnabledProps
  "member-removed": MemberRemovedProps
  "member-left": MemberLeftProps
  "confirm-email": ConfirmEmailProps
  "sign-up-attempt": SignUpAttemptProps
  "password-reset": PasswordResetProps
  "password-changed": PasswordChangedProps
  "sessions-ended": SessionsEndedProps
  "two-factor-changed": TwoFactorChangedProps
  "recovery-code-used": RecoveryCodeUsedProps
  "two-factor-required": TwoFactorRequiredProps
  "ownership-offered": OwnershipOfferedProps
  "ownership-transferred": OwnershipTransferredProps
  "account-deleted": AccountDeletedProps
  goodbye: GoodbyeProps
  "webhook-disabled": WebhookDisabledProps
}

export type MailTemplateName = keyof MailTemplates

export type RenderedMail = { subject: string; html: string; text: string }

type Template<Data> = { subject: (data: Data, locale: Locale) => string; Component: ComponentType<Data & ForReader> }

const templates: { [Name in MailTemplateName]: Template<MailTemplates[Name]> } = {
  invitation: { subject: invitationSubject, Component: InvitationEmail },
  "invitation-accepted": { subject: invitationAcceptedSubject, Component: InvitationAcceptedEmail },
  "member-disabled": { subject: memberDisabledSubject, Component: MemberDisabledEmail },
  "member-enabled": { subject: memberEnabledSubject, Component: MemberEnabledEmail },
  "member-removed": { subject: memberRemovedSubject, Component: MemberRemovedEmail },
  "member-left": { subject: memberLeftSubject, Component: MemberLeftEmail },
  "confirm-email": { subject: confirmEmailSubject, Component: ConfirmEmail },
  "sign-up-attempt": { subject: signUpAttemptSubject, Component: SignUpAttemptEmail },
  "password-reset": { subject: passwordResetSubject, Component: PasswordResetEmail },
  "password-changed": { subject: passwordChangedSubject, Component: PasswordChangedEmail },
  "sessions-ended": { subject: sessionsEndedSubject, Component: SessionsEndedEmail },
  "two-factor-changed": { subject: twoFactorChangedSubject, Component: TwoFactorChangedEmail },
  "recovery-code-used": { subject: recoveryCodeUsedSubject, Component: RecoveryCodeUsedEmail },
  "two-factor-required": { subject: twoFactorRequiredSubject, Component: TwoFactorRequiredEmail },
  "ownership-offered": { subject: ownershipOfferedSubject, Component: OwnershipOfferedEmail },
  "ownership-transferred": { subject: ownershipTransferredSubject, Component: OwnershipTransferredEmail },
  "account-deleted": { subject: accountDeletedSubject, Component: AccountDeletedEmail },
  goodbye: { subject: goodbyeSubject, Component: GoodbyeEmail },
  "webhook-disabled": { subject: webhookDisabledSubject, Component: WebhookDisabledEmail },
}

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(templates, name)
}

export function mailSubject<T extends MailTemplateName>(template: T, data: MailTemplates[T], locale: Locale): string {
  return (templates[template] as Template<MailTemplates[T]>).subject(data, locale)
}

/** The mail as its recipient reads it: in their language, its dates in their time zone. */
export async function renderMail<T extends MailTemplateName>(template: T, data: MailTemplates[T], reader: Reader): Promise<RenderedMail> {
  const { Component, subject } = templates[template] as Template<MailTemplates[T]>
  const props: MailTemplates[T] & ForReader = { ...data, reader }
  const element = createElement(Component as ComponentType<object>, props as object)
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { subject: subject(data, reader.locale), html, text }
}
