-- CreateIndex
CREATE INDEX "Membership_accountId_createdAt_id_idx" ON "Membership"("accountId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Invitation_accountId_email_idx" ON "Invitation"("accountId", "email");
