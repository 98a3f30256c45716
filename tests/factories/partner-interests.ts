// Partner requests, interests and partnerships for the workflow's tests,
// written straight to the database (the request form is another module's):
// one author side each, as the CHECK constraints demand.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const DAY = 24 * 3600 * 1000;

export async function createPartnerRequest(
  author: { organisationId: string } | { institutionId: string },
  overrides: Partial<Prisma.PartnerRequestUncheckedCreateInput> = {},
) {
  return db().partnerRequest.create({
    data: {
      slug: `zapytanie-${randomUUID().slice(0, 8)}`,
      title: "Szukamy partnera do kuchni sąsiedzkiej",
      initiative: "Wspólne obiady dla seniorów w świetlicy.",
      roles: ["ACTION_PARTNER"],
      partnerGives: "Wolontariuszy do wydawania posiłków.",
      partnerGets: "Udział w projekcie i szkolenie.",
      neededCompetences: ["VOLUNTEER_COORDINATION"],
      neededResources: ["VOLUNTEERS", "KITCHEN"],
      repliesCloseOn: new Date(Date.now() + 30 * DAY),
      maxPartners: 2,
      ...author,
      ...overrides,
    },
  });
}
