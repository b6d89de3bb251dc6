// The app's domain functions, called in this process to set scenes and to race changes against each other. Loaded
// only once DATABASE_URL names the scratch database, since lib/db.ts opens its pool when first imported.
export async function loadDomain() {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL before loading the domain")
  const [factories, send, respond, cancel, setStatus, changeRoles, webhooks, db] = await Promise.all([
    import("../factories"),
    import("@/lib/invitations/send"),
    import("@/lib/invitations/respond"),
    import("@/lib/invitations/cancel"),
    import("@/lib/members/set-status"),
    import("@/lib/members/change-roles"),
    import("@/lib/webhooks/endpoints"),
    import("@/lib/db"),
  ])
  return {
    createPerson: factories.createPerson,
    actorFor: factories.actorFor,
    uniqueEmail: factories.uniqueEmail,
    password: factories.TEST_PASSWORD,
    sendInvitation: send.sendInvitation,
    acceptInvitation: respond.acceptInvitation,
    cancelInvitation: cancel.cancelInvitation,
    setMemberStatus: setStatus.setMemberStatus,
    changeMemberRoles: changeRoles.changeMemberRoles,
    addWebhookEndpoint: webhooks.addEndpoint,
    revealWebhookSecret: webhooks.revealSecret,
    disconnect: () => db.db.$disconnect(),
  }
}

export type Domain = Awaited<ReturnType<typeof loadDomain>>
