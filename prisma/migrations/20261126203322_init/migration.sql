-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('RESIDENT', 'MODERATOR', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('ASSOCIATION', 'ORDINARY_ASSOCIATION', 'ASSOCIATION_UNION', 'FOUNDATION', 'SPORTS_ASSOCIATION', 'RURAL_HOUSEWIVES_CIRCLE', 'SOCIAL_COOPERATIVE', 'CHURCH_LEGAL_PERSON', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationRole" AS ENUM ('OWNER', 'EDITOR', 'MEMBER');

-- CreateEnum
CREATE TYPE "InstitutionKind" AS ENUM ('VOIVODESHIP_OFFICE', 'POWIAT_OFFICE', 'GMINA_OFFICE');

-- CreateEnum
CREATE TYPE "InstitutionRole" AS ENUM ('ADMINISTRATOR', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "AccessibilityStatus" AS ENUM ('COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT');

-- CreateEnum
CREATE TYPE "AccessibilityAssessment" AS ENUM ('SELF_ASSESSMENT', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "SphereVerification" AS ENUM ('CONFIRMED', 'TO_VERIFY');

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('VOIVODESHIP', 'POWIAT', 'CITY_WITH_POWIAT_RIGHTS', 'URBAN_GMINA', 'RURAL_GMINA', 'URBAN_RURAL_GMINA', 'TOWN_PART', 'RURAL_PART', 'DISTRICT', 'DELEGATURA');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "platformRole" "PlatformRole" NOT NULL DEFAULT 'RESIDENT',
    "emailVerifiedAt" TIMESTAMP(3),
    "locale" TEXT NOT NULL DEFAULT 'pl',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "krs" TEXT,
    "seatTerritoryCode" TEXT NOT NULL,
    "hasPublicBenefitStatus" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationSphere" (
    "organisationId" TEXT NOT NULL,
    "sphereId" TEXT NOT NULL,

    CONSTRAINT "OrganisationSphere_pkey" PRIMARY KEY ("organisationId","sphereId")
);

-- CreateTable
CREATE TABLE "OrganisationMembership" (
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "OrganisationRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationMembership_pkey" PRIMARY KEY ("userId","organisationId")
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "InstitutionKind" NOT NULL,
    "territoryCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstitutionMembership" (
    "userId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "role" "InstitutionRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstitutionMembership_pkey" PRIMARY KEY ("userId","institutionId")
);

-- CreateTable
CREATE TABLE "InstanceSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "regionCode" TEXT NOT NULL,
    "platformName" JSONB NOT NULL,
    "operatorName" TEXT NOT NULL,
    "operatorAddress" TEXT NOT NULL,
    "operatorEmail" TEXT NOT NULL,
    "operatorPhone" TEXT NOT NULL,
    "operatorWebsite" TEXT,
    "bipUrl" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstanceSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessibilityStatement" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "publishedOn" DATE NOT NULL,
    "updatedOn" DATE NOT NULL,
    "preparedOn" DATE NOT NULL,
    "reviewedOn" DATE,
    "status" "AccessibilityStatus" NOT NULL,
    "nonCompliance" JSONB NOT NULL,
    "assessment" "AccessibilityAssessment" NOT NULL,
    "assessmentUrl" TEXT,
    "contactPerson" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "architecture" JSONB NOT NULL,
    "architectureUrl" TEXT,
    "communication" JSONB NOT NULL,
    "mobileApps" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessibilityStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicBenefitSphere" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "namePl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameDe" TEXT NOT NULL,
    "verification" "SphereVerification" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PublicBenefitSphere_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Territory" (
    "code" TEXT NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "name" TEXT NOT NULL,
    "voivodeshipCode" TEXT NOT NULL,
    "powiatCode" TEXT,
    "parentCode" TEXT,
    "registerDate" DATE NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_krs_key" ON "Organisation"("krs");

-- CreateIndex
CREATE INDEX "Organisation_seatTerritoryCode_idx" ON "Organisation"("seatTerritoryCode");

-- CreateIndex
CREATE INDEX "OrganisationSphere_sphereId_idx" ON "OrganisationSphere"("sphereId");

-- CreateIndex
CREATE INDEX "OrganisationMembership_organisationId_idx" ON "OrganisationMembership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_slug_key" ON "Institution"("slug");

-- CreateIndex
CREATE INDEX "Institution_territoryCode_idx" ON "Institution"("territoryCode");

-- CreateIndex
CREATE INDEX "InstitutionMembership_institutionId_idx" ON "InstitutionMembership"("institutionId");

-- CreateIndex
CREATE INDEX "PublicBenefitSphere_sortOrder_idx" ON "PublicBenefitSphere"("sortOrder");

-- CreateIndex
CREATE INDEX "Territory_parentCode_idx" ON "Territory"("parentCode");

-- CreateIndex
CREATE INDEX "Territory_voivodeshipCode_kind_idx" ON "Territory"("voivodeshipCode", "kind");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_seatTerritoryCode_fkey" FOREIGN KEY ("seatTerritoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationSphere" ADD CONSTRAINT "OrganisationSphere_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationSphere" ADD CONSTRAINT "OrganisationSphere_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMembership" ADD CONSTRAINT "OrganisationMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMembership" ADD CONSTRAINT "OrganisationMembership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionMembership" ADD CONSTRAINT "InstitutionMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionMembership" ADD CONSTRAINT "InstitutionMembership_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstanceSettings" ADD CONSTRAINT "InstanceSettings_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Territory"("code") ON DELETE SET NULL ON UPDATE CASCADE;
