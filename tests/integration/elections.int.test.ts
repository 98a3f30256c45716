import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ElectionRuleError, publishElection, unpublishElection, updateElection } from "@/lib/elections/mutations";
import { listPublicElections } from "@/lib/elections/queries";
import { dateToPolishLocal } from "@/lib/time/polish-local";
import { electionFields } from "@/tests/factories/elections";
import { createInstitution } from "@/tests/factories/institutions";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createAdministrator, createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  createElectionAction,
  publishElectionAction,
  unpublishElectionAction,
  updateElectionAction,
} from "@/lib/elections/actions";
import type { ElectionFields } from "@/lib/elections/schemas";

const DAY = 24 * 3600 * 1000;

/** The form's values for the fields (dates as Polish local time, numbers as typed). */
function formValues(fields: ElectionFields) {
  const local = (date: Date) => dateToPolishLocal(date);
  return {
    ...fields,
    legalBasis: fields.legalBasis ?? "",
    registeredBefore: fields.registeredBefore ? fields.registeredBefore.toISOString().slice(0, 10) : "",
    nominationsStartAt: local(fields.nominationsStartAt),
    nominationsEndAt: local(fields.nominationsEndAt),
    checkEndsAt: local(fields.checkEndsAt),
    votingStartAt: local(fields.votingStartAt),
    votingEndAt: local(fields.votingEndAt),
    resultsBy: local(fields.resultsBy),
  };
}

let voivodeship: { id: string };
let commission: Actor;
beforeAll(async () => {
  await createInstanceSettings();
  voivodeship = await createInstitution({
    name: "Województwo Opolskie",
    kind: "VOIVODESHIP_OFFICE",
    territoryCode: "16",
  });
  commission = await createOfficial(voivodeship.id, "ADMINISTRATOR");
});

describe("election set-up", () => {
  it("is done by the institution's administrators (the commission) and platform administrators only", async () => {
    actAs(await createOfficial(voivodeship.id));
    expect(
      (await createElectionAction({ institutionId: voivodeship.id, ...formValues(electionFields()) })).serverError,
    ).toBe("FORBIDDEN");
    const elsewhere = await createInstitution({ name: "Gmina Obok", territoryCode: "1607053" });
    actAs(await createOfficial(elsewhere.id, "ADMINISTRATOR"));
    expect(
      (await createElectionAction({ institutionId: voivodeship.id, ...formValues(electionFields()) })).serverError,
    ).toBe("FORBIDDEN");
    actAs(null);
    expect(
      (await createElectionAction({ institutionId: voivodeship.id, ...formValues(electionFields()) })).serverError,
    ).toBe("UNAUTHENTICATED");
    expect(await db().election.count()).toBe(0);

    actAs(await createAdministrator());
    expect(
      (await createElectionAction({ institutionId: voivodeship.id, ...formValues(electionFields()) })).data,
    ).toMatchObject({ slug: "wybory-do-rady-dzialalnosci-pozytku-publicznego" });
    actAs(commission);
    const created = await createElectionAction({
      institutionId: voivodeship.id,
      ...formValues(electionFields({ title: "Wybory do WRDPP 2027" })),
    });
    const election = await db().election.findUniqueOrThrow({ where: { id: (created.data as { id: string }).id } });
    expect(election).toMatchObject({
      status: "DRAFT",
      seats: 9,
      votesPerBallot: 3,
      drawSeed: null,
      createdById: commission.id,
    });
    const audit = await db().auditEvent.findFirst({ where: { action: "election.created", subjectId: election.id } });
    expect(audit?.actingForInstitutionId).toBe(voivodeship.id);
  });

  it("refuses inconsistent rules with a message on the field", async () => {
    actAs(commission);
    const fields = electionFields();
    const result = await createElectionAction({
      institutionId: voivodeship.id,
      ...formValues({
        ...fields,
        votesPerBallot: 12,
        nominationsEndAt: fields.nominationsStartAt,
        votingStartAt: new Date(fields.checkEndsAt.getTime() - DAY),
      }),
    });
    expect(result.validationErrors).toMatchObject({
      votesPerBallot: { _errors: ["electionVotesMoreThanSeats"] },
      nominationsEndAt: { _errors: ["electionNominationsEndBeforeStart"] },
      votingStartAt: { _errors: ["electionVotingBeforeCheck"] },
    });
    // Areas: seats must add up, areas may not overlap and must lie in the territory.
    const areas = [
      { name: "Północ", seats: 4, territoryCodes: ["1601", "1606"] },
      { name: "Południe", seats: 4, territoryCodes: ["1610", "1606"] },
    ];
    const areaErrors = (
      await createElectionAction({ institutionId: voivodeship.id, ...formValues({ ...fields, areas }) })
    ).validationErrors as Record<string, unknown>;
    expect(areaErrors).toMatchObject({
      seats: { _errors: ["electionSeatsNotSumOfAreas"] },
      areas: { 1: { territoryCodes: { _errors: ["electionAreasOverlap"] } } },
    });
    const outside = await createElectionAction({
      institutionId: voivodeship.id,
      ...formValues({
        ...fields,
        seats: 8,
        areas: [areas[0]!, { name: "Dolny Śląsk", seats: 4, territoryCodes: ["0264"] }],
      }),
    });
    expect(outside.validationErrors).toMatchObject({ areas: { _errors: ["electionAreaOutsideTerritory"] } });
    expect(
      await db().election.count({ where: { institutionId: voivodeship.id, title: fields.title, areas: { some: {} } } }),
    ).toBe(0);

    const good = await createElectionAction({
      institutionId: voivodeship.id,
      ...formValues({
        ...fields,
        title: "Wybory z obszarami",
        seats: 8,
        areas: [areas[0]!, { ...areas[1]!, territoryCodes: ["1610", "1602"] }],
      }),
    });
    const saved = await db().electionArea.findMany({
      where: { electionId: (good.data as { id: string }).id },
      orderBy: { position: "asc" },
    });
    expect(saved.map((area) => [area.name, area.seats, area.territoryCodes])).toEqual([
      ["Północ", 4, ["1601", "1606"]],
      ["Południe", 4, ["1610", "1602"]],
    ]);
  });

  it("is published with a draw seed fixed once, and frozen when nominations open", async () => {
    actAs(commission);
    const created = await createElectionAction({
      institutionId: voivodeship.id,
      ...formValues(electionFields({ title: "Wybory do zamrożenia" })),
    });
    const electionId = (created.data as { id: string }).id;
    expect(await listPublicElections()).not.toContainEqual(expect.objectContaining({ id: electionId }));
    expect((await publishElectionAction({ electionId })).data).toEqual({ published: true });
    const published = await db().election.findUniqueOrThrow({ where: { id: electionId } });
    expect(published.drawSeed).toMatch(/^[0-9a-f]{64}$/);
    expect(await listPublicElections()).toContainEqual(expect.objectContaining({ id: electionId, phase: "announced" }));

    // Taken back and published again: the same seed, so nobody can try seeds until one suits them.
    expect((await unpublishElectionAction({ electionId })).data).toEqual({ unpublished: true });
    expect((await publishElectionAction({ electionId })).data).toEqual({ published: true });
    expect((await db().election.findUniqueOrThrow({ where: { id: electionId } })).drawSeed).toBe(published.drawSeed);

    // Before nominations open the rules may still change.
    const fields = electionFields({
      title: "Wybory do zamrożenia",
      nominationsStartAt: published.nominationsStartAt,
      seats: 11,
    });
    expect((await updateElectionAction({ electionId, ...formValues(fields) })).data).toMatchObject({
      slug: published.slug,
    });
    // Once nominations are open (the server's clock decides), they are frozen.
    const opened = new Date(published.nominationsStartAt.getTime() + 1000);
    await expect(
      updateElection(electionId, { ...fields, seats: 7 }, { userId: commission.id, ip: null }, opened),
    ).rejects.toEqual(new AppError("CONFLICT", "the rules are frozen once nominations open"));
    await expect(unpublishElection(electionId, { userId: commission.id, ip: null }, opened)).rejects.toBeInstanceOf(
      AppError,
    );
    expect((await db().election.findUniqueOrThrow({ where: { id: electionId } })).seats).toBe(11);
  });

  it("is not published with nominations opening in the past", async () => {
    actAs(commission);
    const created = await createElectionAction({
      institutionId: voivodeship.id,
      ...formValues(electionFields({ title: "Wybory spóźnione", nominationsStartAt: new Date(Date.now() - 2 * DAY) })),
    });
    const electionId = (created.data as { id: string }).id;
    expect((await publishElectionAction({ electionId })).validationErrors).toMatchObject({
      nominationsStartAt: { _errors: ["electionNominationsStartInPast"] },
    });
    await expect(publishElection(electionId, { userId: commission.id, ip: null })).rejects.toBeInstanceOf(
      ElectionRuleError,
    );
    expect((await db().election.findUniqueOrThrow({ where: { id: electionId } })).status).toBe("DRAFT");
  });
});
