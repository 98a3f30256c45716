import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createAdministrator, createPerson, type TestActor } from "@/tests/factories/people";
import { drainQueue } from "@/tests/helpers/jobs";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { checkImportAction, startImportAction } from "@/lib/organisations/bulk-import/actions";
import { handleImportUpload } from "@/lib/organisations/bulk-import/upload";

// An office's list as Excel on a Polish Windows saves it: Windows-1250, semicolons.
function windows1250(text: string): Uint8Array {
  const table: Record<string, number> = {
    ą: 0xb9,
    ć: 0xe6,
    ę: 0xea,
    ł: 0xb3,
    ń: 0xf1,
    ó: 0xf3,
    ś: 0x9c,
    ź: 0x9f,
    ż: 0xbf,
    Ą: 0xa5,
    Ć: 0xc6,
    Ę: 0xca,
    Ł: 0xa3,
    Ń: 0xd1,
    Ó: 0xd3,
    Ś: 0x8c,
    Ź: 0x8f,
    Ż: 0xaf,
    "„": 0x84,
    "”": 0x94,
  };
  return new Uint8Array([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

const SHEET = [
  "Nazwa organizacji;Forma prawna;Nr KRS;NIP;Gmina;OPP;Adres",
  "Fundacja „Żółw” z Nysy;fundacja;0000777001;;Nysa;tak;ul. Rynek 1, 48-300 Nysa",
  "Stowarzyszenie Przyjaciół Brzegu;stowarzyszenie;;;1601011;nie;",
  "Koło Gospodyń Wiejskich w Lubszy;;;;Lubsza;;",
  "Fundacja Istniejąca;fundacja;0000777002;;Opole;tak;ul. Nowa 5, Opole",
  ";fundacja;;1234567890;Warszawa;może;",
  "Fundacja „Żółw” (drugi wpis);fundacja;777001;;Nysa;;",
].join("\r\n");

function upload(bytes: Uint8Array, name = "lista.csv", headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([bytes as BlobPart], name));
  return handleImportUpload(
    new Request("http://localhost/api/admin/organisation-imports", { method: "POST", body: form, headers }),
  );
}

let admin: TestActor;
let existingId: string;

beforeAll(async () => {
  await createInstanceSettings();
  admin = await createAdministrator();
  const existing = await createOrganisation({ name: "Fundacja Istniejąca", legalForm: "FOUNDATION" });
  await db().organisation.update({ where: { id: existing.id }, data: { krs: "0000777002", shortName: "FI" } });
  existingId = existing.id;
});

describe("importing organisations from a spreadsheet", () => {
  it("uploads, checks every row, imports in the background, merging duplicates instead of doubling them", async () => {
    actAs(admin);
    const response = await upload(windows1250(SHEET));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = await db().organisationImport.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ encoding: "windows-1250", total: 6, status: "UPLOADED" });
    expect(stored.headers[0]).toBe("Nazwa organizacji");
    expect((stored.rows as string[][])[0]![0]).toBe("Fundacja „Żółw” z Nysy");

    // The seat column is required; a column used twice is refused.
    const wrong = await checkImportAction({ importId: id, mapping: { name: 0, seat: "", krs: 2, nip: 2 } });
    expect(wrong?.data?.mappingErrors?.map((e) => `${e.field}:${e.problem}`).sort()).toEqual([
      "nip:duplicate",
      "seat:required",
    ]);

    const checked = await checkImportAction({
      importId: id,
      mapping: { name: 0, legalForm: 1, krs: 2, nip: 3, seat: 4, opp: 5, address: 6 },
    });
    expect(checked?.data?.summary).toEqual({ total: 6, new: 3, merge: 1, duplicate: 1, error: 1 });
    expect(await db().organisation.count()).toBe(1); // a dry run writes nothing

    expect((await startImportAction({ importId: id }))?.data).toEqual({ started: true });
    // A second start (double click, second administrator) is refused.
    expect((await startImportAction({ importId: id }))?.serverError).toBe("CONFLICT");
    await drainQueue("organisations-import");

    const done = await db().organisationImport.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ status: "DONE", processed: 6, created: 3, merged: 2, failed: 1 });
    const names = (await db().organisation.findMany({ orderBy: { name: "asc" }, select: { name: true } })).map(
      (o) => o.name,
    );
    expect(names).toEqual([
      "Fundacja Istniejąca",
      "Fundacja „Żółw” z Nysy",
      "Koło Gospodyń Wiejskich w Lubszy",
      "Stowarzyszenie Przyjaciół Brzegu",
    ]);
    expect(
      await db().organisation.findFirstOrThrow({ where: { name: "Koło Gospodyń Wiejskich w Lubszy" } }),
    ).toMatchObject({ legalForm: "RURAL_HOUSEWIVES_CIRCLE", seatTerritoryCode: "1601052" });
    const zolw = await db().organisation.findFirstOrThrow({ where: { krs: "0000777001" } });
    expect(zolw).toMatchObject({
      legalForm: "FOUNDATION",
      seatTerritoryCode: "1607053",
      hasPublicBenefitStatus: true,
      address: "ul. Rynek 1, 48-300 Nysa",
      verifiedAt: null,
    });
    // The existing record kept what people entered and gained only what it lacked.
    const existing = await db().organisation.findUniqueOrThrow({ where: { id: existingId } });
    expect(existing).toMatchObject({
      name: "Fundacja Istniejąca",
      shortName: "FI",
      address: "ul. Nowa 5, Opole",
      hasPublicBenefitStatus: true,
    });
    expect(await db().auditEvent.count({ where: { action: "organisations.imported", subjectId: id } })).toBe(1);
  });

  it("refuses files it cannot use, with the reason, and keeps nothing", async () => {
    actAs(admin);
    const before = await db().organisationImport.count();
    const tooLarge = await upload(new Uint8Array(16), "big.csv", { "content-length": String(50 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: { code: "TOO_LARGE" } });
    const image = await upload(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
      "lista.csv",
    );
    expect(await image.json()).toEqual({ error: { code: "UNSUPPORTED_TYPE" } });
    const empty = await upload(new TextEncoder().encode("Nazwa;Gmina\n"));
    expect(await empty.json()).toEqual({ error: { code: "EMPTY" } });
    expect(await db().organisationImport.count()).toBe(before);
  });

  it("lets only administrators with two-factor authentication import", async () => {
    const resident = await createPerson();
    await signInAs(resident);
    expect((await upload(new TextEncoder().encode("Nazwa;Gmina\nFundacja X;Opole\n"))).status).toBe(403);
    const any = await db().organisationImport.findFirstOrThrow();
    expect((await checkImportAction({ importId: any.id, mapping: { name: 0, seat: 4 } }))?.serverError).toBe(
      "FORBIDDEN",
    );
    expect((await startImportAction({ importId: any.id }))?.serverError).toBe("FORBIDDEN");
    actAs(null);
    expect((await upload(new TextEncoder().encode("x"))).status).toBe(401);
  });
});
