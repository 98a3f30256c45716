// Nominations to a competition commission: while the call is open, an
// organisation's owner (no one else, no other organisation's owner) nominates
// one person for a verified organisation, stating their consent; one live
// nominee per organisation; withdrawn while the call is open; the office's
// officials told and shown the list, other offices' officials not.
import { db } from "@/lib/db/client";
import { createCompetition } from "@/tests/factories/competitions";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createAdministrator, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { nominateAction, withdrawNominationAction } from "@/lib/competitions/commission-call/actions";
import { commissionCallPageView } from "@/lib/competitions/commission-call/page-view";

const DAY = 24 * 3600 * 1000;
let competition: Awaited<ReturnType<typeof createCompetition>>;
let closedCall: Awaited<ReturnType<typeof createCompetition>>;
let organisationId: string;
let owner: TestActor;
let official: TestActor;

const nominee = {
  nomineeName: "Maria Komisyjna",
  nomineeEmail: "Maria@Example.org",
  nomineePhone: "",
  consent: true as const,
};

async function call(competitionId: string, opensIn: number, closesIn: number) {
  await db().commissionCall.create({
    data: {
      competitionId,
      description: "Nabór przedstawicieli organizacji do komisji.",
      opensAt: new Date(Date.now() + opensIn * DAY),
      closesAt: new Date(Date.now() + closesIn * DAY),
    },
  });
}

beforeAll(async () => {
  await createInstanceSettings();
  const officeId = (await createInstitution({ name: "Urząd Komisyjny", territoryCode: "1609032" })).id;
  competition = await createCompetition({ institutionId: officeId });
  closedCall = await createCompetition({ institutionId: officeId });
  await call(competition.id, -1, 10);
  await call(closedCall.id, -10, -1);
  organisationId = (await createOrganisation({ name: "Fundacja Zgłaszająca", verifiedAt: new Date() })).id;
  owner = await createMember(organisationId, "OWNER");
  official = await createOfficial(officeId);
});

describe("nominating to a commission", () => {
  it("is refused to a visitor, an editor, another organisation's owner and an unverified organisation", async () => {
    const input = { ...nominee, competitionId: competition.id, organisationId };
    actAs(null);
    expect((await nominateAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createMember(organisationId, "EDITOR"));
    expect((await nominateAction(input)).serverError).toBe("FORBIDDEN");
    const other = await createOrganisation({ name: "Fundacja Inna", verifiedAt: new Date() });
    actAs(await createMember(other.id, "OWNER"));
    expect((await nominateAction(input)).serverError).toBe("FORBIDDEN");
    const unverified = await createOrganisation({ name: "Fundacja Niezweryfikowana" });
    actAs(await createMember(unverified.id, "OWNER"));
    expect((await nominateAction({ ...input, organisationId: unverified.id })).data).toEqual({
      refused: "notVerified",
    });
    actAs(official);
    expect((await nominateAction(input)).serverError).toBe("FORBIDDEN");
  });

  it("needs the statement of consent and an open call", async () => {
    actAs(owner);
    const noConsent = await nominateAction({
      ...nominee,
      consent: false as never,
      competitionId: competition.id,
      organisationId,
    });
    expect(noConsent.validationErrors).toMatchObject({ consent: { _errors: ["consentRequired"] } });
    expect((await nominateAction({ ...nominee, competitionId: closedCall.id, organisationId })).data).toEqual({
      refused: "callClosed",
    });
  });

  it("takes one live nominee per organisation, tells the office, and lets it be withdrawn and replaced", async () => {
    actAs(owner);
    const first = await nominateAction({ ...nominee, competitionId: competition.id, organisationId });
    expect(first.data).toEqual({ nominated: expect.any(String) });
    const stored = await db().commissionNomination.findFirstOrThrow({ where: { organisationId } });
    expect(stored).toMatchObject({
      nomineeEmail: "maria@example.org",
      consentAt: expect.any(Date),
      submittedById: owner.id,
    });
    const event = await db().notificationEvent.findFirstOrThrow({ where: { type: "competition.nomination_received" } });
    expect(event.audience).toEqual({
      institutions: [{ id: competition.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }],
    });
    expect((await nominateAction({ ...nominee, competitionId: competition.id, organisationId })).data).toEqual({
      refused: "alreadyNominated",
    });
    const view = await commissionCallPageView(competition.slug, owner);
    expect(view?.own.map((n) => n.nomineeName)).toEqual(["Maria Komisyjna"]);
    expect(view?.canNominateFor).toEqual([]);
    expect(view?.all).toEqual([]);
    expect((await commissionCallPageView(competition.slug, official))?.all.map((n) => n.organisation.name)).toEqual([
      "Fundacja Zgłaszająca",
    ]);
    // A platform administrator may manage the competition, but the nominees' contacts are the office's (L3).
    const administrator = await commissionCallPageView(competition.slug, await createAdministrator());
    expect(administrator?.manages).toBe(false);
    expect(administrator?.all).toEqual([]);
    actAs(official);
    expect((await withdrawNominationAction({ nominationId: stored.id })).serverError).toBe("FORBIDDEN");
    actAs(owner);
    expect((await withdrawNominationAction({ nominationId: stored.id })).data).toEqual({ withdrawn: true });
    expect(
      (await nominateAction({ ...nominee, nomineeName: "Jan Zastępca", competitionId: competition.id, organisationId }))
        .data,
    ).toEqual({
      nominated: expect.any(String),
    });
  });

  it("has no page for a competition without a call", async () => {
    const without = await createCompetition({ institutionId: competition.institutionId });
    expect(await commissionCallPageView(without.slug, owner)).toBeNull();
  });
});
