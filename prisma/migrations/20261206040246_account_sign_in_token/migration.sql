-- AlterEnum
ALTER TYPE "AccountTokenPurpose" ADD VALUE 'SIGN_IN';
