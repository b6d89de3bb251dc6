-- DropIndex
DROP INDEX "Membership_userId_idx";

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "lastOpenedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Membership_userId_lastOpenedAt_accountId_idx" ON "Membership"("userId", "lastOpenedAt" DESC, "accountId");

-- Accounts joined before this migration count as opened when they were joined.
UPDATE "Membership" SET "lastOpenedAt" = "createdAt";
