import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { fetchKrsData, KrsError } from "@/lib/krs/client";
import { refreshVerifiedFromKrs } from "@/lib/krs/import";
import { resolveSeatGmina } from "@/lib/krs/seat";
import { createInstanceSettings } from "@/tests/factories/settings";
import { KRS_COMPANY, KRS_COOPERATIVE, KRS_MALFORMED, KRS_SILENT, startKrsServer } from "@/tests/helpers/krs-server";
import { createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { applyKrsImportAction, previewKrsImportAction } from "@/lib/organisations/actions";

let krs: Awaited<ReturnType<typeof startKrsServer>>;
let n = 0;
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof KrsError ? error.failure : error),
  );

// Only the register that never answers gets a short limit: a short limit on every request made a slow
// machine fail answers that did arrive (a timed test).
async function silentlyTimedOut() {
  process.env.KRS_TIMEOUT_MS = "300";
  resetEnvCache();
  try {
    return await failureOf(fetchKrsData(KRS_SILENT));
  } finally {
    delete process.env.KRS_TIMEOUT_MS;
    resetEnvCache();
  }
}

async function ownedOrganisation(krsNumber: string) {
  n += 1;
  const owner = await createPerson();
  const organisation = await db().organisation.create({
    data: {
      slug: `krs-org-${n}`,
      name: "Mediatorzy",
      legalForm: "OTHER",
      krs: krsNumber,
      seatTerritoryCode: "1661011",
      memberships: { create: { userId: owner.id, role: "OWNER" } },
    },
  });
  return { owner, organisation };
}

beforeAll(async () => {
  await createInstanceSettings();
  krs = await startKrsServer();
  process.env.KRS_API_URL = krs.url;
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.KRS_API_URL;
  resetEnvCache();
  await krs.close();
});

describe("the KRS client", () => {
  it("reads register S, falls back to P on 404, and explains every failure", async () => {
    expect((await fetchKrsData("0000159405")).legalForm).toBe("FOUNDATION");
    expect((await fetchKrsData(KRS_COOPERATIVE)).legalForm).toBe("SOCIAL_COOPERATIVE");
    expect(
      krs.requests
        .filter((r) => r.includes(KRS_COOPERATIVE))
        .map((r) => new URL(r, "http://x").searchParams.get("rejestr")),
    ).toEqual(["S", "P"]);
    expect(await failureOf(fetchKrsData("0000000001"))).toBe("KRS_NOT_FOUND");
    expect(await failureOf(fetchKrsData(KRS_COMPANY))).toBe("KRS_NOT_NGO");
    expect(await failureOf(fetchKrsData(KRS_MALFORMED))).toBe("KRS_MALFORMED");
    expect(await silentlyTimedOut()).toBe("KRS_TIMEOUT");
  });

  it("finds the seat's gmina, choosing the urban one when the town is the gmina", async () => {
    expect(
      await resolveSeatGmina({ voivodeship: "PODKARPACKIE", powiat: "RZESZÓW", gmina: "RZESZÓW", place: "RZESZÓW" }),
    ).toBe("1863011");
    const mielec = await db().territory.findMany({
      where: { powiatCode: "1811", name: "Mielec" },
      select: { code: true, kind: true },
    });
    expect(mielec.length).toBe(2);
    expect(
      await resolveSeatGmina({ voivodeship: "PODKARPACKIE", powiat: "MIELECKI", gmina: "MIELEC", place: "MIELEC" }),
    ).toBe(mielec.find((g) => g.kind === "URBAN_GMINA")!.code);
    expect(
      await resolveSeatGmina({ voivodeship: "PODKARPACKIE", powiat: "MIELECKI", gmina: "MIELEC", place: "CHORZELÓW" }),
    ).toBe(mielec.find((g) => g.kind === "RURAL_GMINA")!.code);
    expect(await resolveSeatGmina({ voivodeship: "NIGDZIE", powiat: "X", gmina: "Y", place: "Z" })).toBeNull();
  });
});

describe("importing from KRS", () => {
  it("shows what would change, saves it on request, and then agrees with KRS", async () => {
    const { owner, organisation } = await ownedOrganisation("0000431452");
    await signInAs(owner);
    const preview = (await previewKrsImportAction({ organisationId: organisation.id })).data!;
    if (!preview.ok) throw new Error(preview.failure);
    expect(preview.seatOutsideRegion).toBe(true); // Rzeszów is not in Opolskie: the seat stays
    expect(preview.changes.map((c) => c.field)).toEqual([
      "name",
      "legalForm",
      "nip",
      "regon",
      "registeredOn",
      "publicBenefitStatus",
      "address",
      "board",
      "aims",
    ]);
    expect(preview.changes[0]).toEqual({ field: "name", current: "Mediatorzy", incoming: '"MEDIATORZY POLSCY"' });
    expect(await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      name: "Mediatorzy",
      nip: null,
    }); // nothing saved yet

    const applied = (await applyKrsImportAction({ organisationId: organisation.id })).data!;
    expect(applied.ok).toBe(true);
    expect(await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      name: '"MEDIATORZY POLSCY"',
      legalForm: "ASSOCIATION",
      nip: "8133677183",
      regon: "180952092",
      hasPublicBenefitStatus: true,
      seatTerritoryCode: "1661011",
      inLiquidation: false,
    });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "organisation.krs_imported", subjectId: organisation.id },
    });
    expect(event.actingForOrganisationId).toBe(organisation.id);
    const again = (await previewKrsImportAction({ organisationId: organisation.id })).data!;
    expect(again.ok && again.changes).toEqual([]);
  });

  it("leaves an identifier another organisation holds, and explains a missing or unknown number", async () => {
    await db().organisation.create({
      data: {
        slug: "nip-holder",
        name: "Posiadacz NIP",
        legalForm: "FOUNDATION",
        nip: "6871775032",
        seatTerritoryCode: "1661011",
      },
    });
    const { owner, organisation } = await ownedOrganisation("0000159405");
    await signInAs(owner);
    const preview = (await previewKrsImportAction({ organisationId: organisation.id })).data!;
    expect(preview.ok && preview.taken).toEqual(["nip"]);
    expect(preview.ok && preview.changes.some((c) => c.field === "nip")).toBe(false);

    const unknown = await ownedOrganisation("0000000002");
    await signInAs(unknown.owner);
    expect((await previewKrsImportAction({ organisationId: unknown.organisation.id })).data).toEqual({
      ok: false,
      failure: "KRS_NOT_FOUND",
    });
    await db().organisation.update({ where: { id: unknown.organisation.id }, data: { krs: null } });
    expect((await applyKrsImportAction({ organisationId: unknown.organisation.id })).data).toEqual({
      ok: false,
      failure: "KRS_MISSING",
    });
  });

  it("is refused to people who may not edit the organisation", async () => {
    const { organisation } = await ownedOrganisation("0000096794");
    const stranger = await createPerson({ name: "Obcy" });
    await signInAs(stranger);
    expect((await previewKrsImportAction({ organisationId: organisation.id })).serverError).toBe("FORBIDDEN");
    expect((await applyKrsImportAction({ organisationId: organisation.id })).serverError).toBe("FORBIDDEN");
    actAs(null);
    expect((await applyKrsImportAction({ organisationId: organisation.id })).serverError).toBe("UNAUTHENTICATED");
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).name).toBe("Mediatorzy");
  });

  it("refreshes verified organisations at night, oldest data first, and records failures without stopping", async () => {
    const liquidated = await ownedOrganisation("0000234234");
    const gone = await ownedOrganisation("0000000003");
    await db().organisation.updateMany({
      where: { id: { in: [liquidated.organisation.id, gone.organisation.id] } },
      data: { verifiedAt: new Date() },
    });
    const before = krs.requests.length;
    const result = await refreshVerifiedFromKrs(300, 0);
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(result.refreshed).toBeGreaterThanOrEqual(1);
    expect(krs.requests.length).toBeGreaterThan(before);
    expect(await db().organisation.findUniqueOrThrow({ where: { id: liquidated.organisation.id } })).toMatchObject({
      inLiquidation: true,
      krsFetchedAt: expect.any(Date),
    });
  });
});
