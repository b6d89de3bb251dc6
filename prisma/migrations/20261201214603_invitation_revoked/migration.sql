-- AlterEnum
ALTER TYPE "InvitationStatus" ADD VALUE 'REVOKED';

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'INVITATION_REVOKED';
