-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "apiKeyId" UUID;

-- CreateIndex
CREATE INDEX "Invitation_apiKeyId_idx" ON "Invitation"("apiKeyId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
