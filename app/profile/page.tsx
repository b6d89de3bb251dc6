import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { PageFrame } from "@/components/page-frame"
import { currentPerson, currentViewer } from "@/lib/auth/auth"
import { liveSessions } from "@/lib/identity/sessions"
import { recentSecurityEvents } from "@/lib/identity/security-events"
import { formatDateTime } from "@/lib/format"
import { requestPreferences } from "@/lib/i18n/request-locale"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { accountsRequiringTwoFactor, twoFactorStatus } from "@/lib/two-factor/personal"
import { PasswordForm } from "./password-form"
import { SessionList } from "./session-list"
import { deletionPreview } from "@/lib/leaving/delete-user"
import { DeleteUser } from "./delete-user"
import { TwoFactorSection } from "./two-factor-section"
import { PreferencesForm } from "./preferences-form"
import { timeZoneNames } from "@/lib/i18n/time-zones"

export async function generateMetadata() {
  const t = await getTranslations("profile")
  return { title: t("metaTitle") }
}

export default async function ProfilePage({ searchParams }: PageProps<"/profile">) {
  const [person, viewer] = await Promise.all([currentPerson(), currentViewer()])
  if (!person || !viewer) redirect("/sign-in?next=/profile")
  const [sessions, events, twoFactor, requiredBy, deletion] = await Promise.all([
    liveSessions(viewer.userId, viewer.sessionId),
    recentSecurityEvents(viewer.userId),
    twoFactorStatus(viewer.userId),
    accountsRequiringTwoFactor(viewer.userId),
    deletionPreview(viewer.userId),
  ])
  const params = await searchParams
  // Where a sign-in with a recovery code lands: how many are left, then on to where the person was going.
  const reader = await requestPreferences()
  const t = await getTranslations("profile")
  const preferences = await getTranslations("preferences")
  const fields = await getTranslations("fields")
  const unknownAddress = t("unknownAddress")
  const recoveryCodesLeft = typeof params["recovery-codes-left"] === "string" && twoFactor.on ? twoFactor.recoveryCodesLeft : null
  return (
    <PageFrame>
      <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
      {recoveryCodesLeft !== null ? (
        <p role="status" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("recoveryCodeUsed", { left: recoveryCodesLeft })}{" "}
          <a href={safeReturnPath(params.next)} className="font-medium text-indigo-800 underline">
            {t("continue")}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="profile-heading" className="mt-8">
        <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
          {t("profileHeading")}
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-600">{fields("name")}</dt>
          <dd className="text-slate-900">{person.name}</dd>
          <dt className="text-slate-600">{fields("email")}</dt>
          <dd className="break-all text-slate-900">{person.email}</dd>
        </dl>
      </section>
      <section aria-labelledby="preferences-heading" className="mt-10">
        <h2 id="preferences-heading" className="text-lg font-semibold text-slate-900">
          {preferences("heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{preferences("intro")}</p>
        <PreferencesForm locale={reader.locale} timeZone={reader.timeZone} timeZones={timeZoneNames()} />
      </section>
      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
          {t("passwordHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("passwordIntro")}</p>
        <PasswordForm />
      </section>
      <section aria-labelledby="two-factor-heading" id="two-factor" className="mt-10 scroll-mt-6">
        <h2 id="two-factor-heading" className="text-lg font-semibold text-slate-900">
          {t("twoFactorHeading")}
        </h2>
        <TwoFactorSection
          {...(twoFactor.on
            ? { on: true, since: formatDateTime(twoFactor.since, reader), recoveryCodesLeft: twoFactor.recoveryCodesLeft, requiredBy: requiredBy.map((account) => account.name) }
            : { on: false })}
        />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-10">
        <h2 id="sessions-heading" tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
          {t("sessionsHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("sessionsIntro")}</p>
        <SessionList
          sessions={sessions.map((session) => ({
            id: session.id,
            device: session.device,
            ip: session.ip ?? unknownAddress,
            signedIn: formatDateTime(session.createdAt, reader),
            lastUsed: formatDateTime(session.lastUsedAt, reader),
            current: session.current,
          }))}
        />
      </section>
      <section aria-labelledby="security-heading" className="mt-10">
        <h2 id="security-heading" className="text-lg font-semibold text-slate-900">
          {t("securityHeading")}
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("nothingYet")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            {events.map((event) => (
              <li key={event.id} className="text-slate-800">
                {event.sentence} <span className="text-slate-600">· {formatDateTime(event.createdAt, reader)} · {event.ip ?? unknownAddress}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-heading" className="mt-10">
        <h2 id="data-heading" className="text-lg font-semibold text-slate-900">
          {t("dataHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("dataIntro")}</p>
        <a href="/profile/export" download className="button-secondary mt-3 inline-block">
          {t("export")}
        </a>
      </section>
      <section aria-labelledby="delete-heading" className="mt-10">
        <h2 id="delete-heading" className="text-lg font-semibold text-slate-900">
          {t("deleteHeading")}
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-600">{t("deleteIntro")}</p>
        <DeleteUser ownedAccounts={deletion.ownedAccounts} memberOf={deletion.memberOf} twoFactorOn={twoFactor.on} />
      </section>
    </PageFrame>
  )
}
