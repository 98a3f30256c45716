// A partnership as its agreement needs it: who the sides are (for the policy)
// and what they and the request say (for the placeholders).
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementSides } from "@/lib/partnerships/agreement/policy";
import type { AgreementParty, AgreementRequest } from "@/lib/partnerships/agreement/values";
import { territoryLabel } from "@/lib/reference-data/territory-label";

const organisationFields = {
  select: {
    id: true,
    verifiedAt: true,
    name: true,
    legalForm: true,
    krs: true,
    nip: true,
    regon: true,
    address: true,
    seatTerritory: { select: { name: true, kind: true } },
  },
} as const;

const institutionFields = {
  select: { id: true, name: true, officeName: true, address: true, territory: { select: { name: true, kind: true } } },
} as const;

function party(
  organisation: Prisma.OrganisationGetPayload<typeof organisationFields> | null,
  institution: Prisma.InstitutionGetPayload<typeof institutionFields> | null,
): AgreementParty | null {
  if (organisation)
    return {
      kind: "organisation",
      name: organisation.name,
      legalForm: organisation.legalForm,
      krs: organisation.krs,
      nip: organisation.nip,
      regon: organisation.regon,
      address: organisation.address,
      seat: territoryLabel(organisation.seatTerritory),
    };
  if (institution)
    return {
      kind: "institution",
      name: institution.officeName ?? institution.name,
      address: institution.address,
      seat: territoryLabel(institution.territory),
    };
  return null;
}

export async function agreementSource(partnershipId: string): Promise<{
  sides: AgreementSides;
  requester: AgreementParty;
  partner: AgreementParty;
  request: AgreementRequest & { id: string };
} | null> {
  const partnership = await db().partnership.findUnique({
    where: { id: partnershipId },
    select: {
      status: true,
      requesterOrganisation: organisationFields,
      requesterInstitution: institutionFields,
      partnerOrganisation: organisationFields,
      partnerInstitution: institutionFields,
      request: {
        select: {
          id: true,
          title: true,
          initiative: true,
          callName: true,
          callUrl: true,
          roles: true,
          partnerGives: true,
          partnerGets: true,
          budgetSharePercent: true,
          budgetNote: true,
          startsOn: true,
          endsOn: true,
          timelineNote: true,
        },
      },
    },
  });
  if (!partnership) return null;
  const requester = party(partnership.requesterOrganisation, partnership.requesterInstitution);
  const partner = party(partnership.partnerOrganisation, partnership.partnerInstitution);
  if (!requester || !partner) return null;
  const organisations = [partnership.requesterOrganisation, partnership.partnerOrganisation].filter((o) => o !== null);
  const institutionIds = [partnership.requesterInstitution, partnership.partnerInstitution]
    .filter((i) => i !== null)
    .map((i) => i.id);
  return {
    sides: { status: partnership.status, organisations, institutionIds },
    requester,
    partner,
    request: partnership.request,
  };
}
