// The personal parts of a consultation's page come from
// /api/consultations/[id]/viewer, since the page itself is the same for
// everyone and served from the page cache to signed-in people too.
import { db } from "@/lib/db/client";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { submitRemark } from "@/lib/consultations/remarks/mutations";
import type { ConsultationViewer } from "@/lib/consultations/viewer-types";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/consultations/[id]/viewer/route";
import { isSharedPath } from "@/lib/http/page-cache";

const DAY = 24 * 3600 * 1000;

async function ask(id: string): Promise<{ status: number; cacheControl: string | null; body: ConsultationViewer }> {
  const response = await GET(new Request(`http://x/api/consultations/${id}/viewer`), {
    params: Promise.resolve({ id }),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    body: (await response.json()) as ConsultationViewer,
  };
}

let institutionId: string;
let official: TestActor;
let forOrganisations: string;
let forEveryone: string;
let draft: string;
let organisationId: string;

async function consultation(
  title: string,
  audience: "ORGANISATIONS" | "ORGANISATIONS_AND_RESIDENTS",
  publish = true,
): Promise<string> {
  const start = new Date(Date.now() - 60_000);
  const { id } = await createConsultation(
    institutionId,
    consultationFields({
      title,
      audience,
      startsAt: start,
      endsAt: new Date(start.getTime() + 14 * DAY),
      // Paragraphs without labels: a remark on one is cited by its number ("Akapit 2").
      sourceText: "Program określa cele współpracy.\n\nOferty składa się do 31 stycznia.",
    }),
    { userId: official.id, ip: null },
  );
  if (publish) await publishConsultation(id, { userId: official.id, ip: null });
  return id;
}

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Gmina Czytelnika", territoryCode: "1609032" })).id;
  official = await createActor({ name: "Urzędniczka", institutions: [{ id: institutionId }] });
  forOrganisations = await consultation("Program współpracy na rok 2027", "ORGANISATIONS");
  forEveryone = await consultation("Budżet obywatelski na rok 2027", "ORGANISATIONS_AND_RESIDENTS");
  draft = await consultation("Projekt jeszcze niegotowy", "ORGANISATIONS", false);
  organisationId = (await createOrganisation({ name: "Fundacja Czytelnicza", verifiedAt: new Date() })).id;
});

describe("a consultation's page as its reader sees it", () => {
  it("is the same for everyone, so the page cache serves it to signed-in people too", () => {
    expect(isSharedPath("/konsultacje/program-2027")).toBe(true);
    expect(isSharedPath("/de/konsultationen/program-2027")).toBe(true);
    expect(isSharedPath("/konsultacje/program-2027/podglad")).toBe(false);
  });

  it("tells a visitor only that they are not signed in", async () => {
    actAs(null);
    const answer = await ask(forOrganisations);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ signedIn: false });
    expect(answer.cacheControl).toContain("no-store");
  });

  it("answers 404 for a draft, even to its officials (they preview it in the account area), and for what does not exist", async () => {
    actAs(null);
    expect((await ask(draft)).status).toBe(404);
    actAs(official);
    expect((await ask(draft)).status).toBe(404);
    expect((await ask("nie-ma-takich")).status).toBe(404);
    expect((await ask("x".repeat(60))).status).toBe(404);
  });

  it("lets a member of a verified organisation remark for it, and lists their remarks cited as the page cites them", async () => {
    const member = await createMember(organisationId, "MEMBER", { name: "Jan Członek" });
    actAs(member);
    let answer = (await ask(forOrganisations)).body;
    expect(answer).toEqual({
      signedIn: true,
      manages: false,
      remarkContext: {
        consultationId: forOrganisations,
        personName: "Jan Członek",
        organisations: [{ id: organisationId, name: "Fundacja Czytelnicza" }],
        allowSelf: false,
      },
      standing: null,
      own: { context: expect.objectContaining({ allowSelf: false }), open: true, remarks: [] },
    });

    const second = await db().consultationUnit.findFirstOrThrow({
      where: { consultationId: forOrganisations },
      orderBy: { position: "desc" },
    });
    await submitRemark(
      member,
      {
        consultationId: forOrganisations,
        unitId: second.id,
        actingFor: organisationId,
        currentWording: second.text,
        proposedWording: "Oferty składa się do 15 lutego.",
        justification: "Więcej czasu na przygotowanie ofert.",
      },
      { ip: null },
    );
    answer = (await ask(forOrganisations)).body;
    expect(answer.signedIn && answer.own.remarks).toEqual([
      expect.objectContaining({
        state: "SUBMITTED",
        unit: { key: second.key, label: null, paragraph: 2 },
        organisationName: "Fundacja Czytelnicza",
        proposedWording: "Oferty składa się do 15 lutego.",
        decision: null,
      }),
    ]);
  });

  it("lets a resident remark as themselves where residents may, and tells them why not where only organisations may", async () => {
    const resident = await createActor({ name: "Maria Mieszkanka" });
    actAs(resident);
    expect((await ask(forEveryone)).body).toMatchObject({
      signedIn: true,
      manages: false,
      remarkContext: { personName: "Maria Mieszkanka", organisations: [], allowSelf: true },
      standing: null,
    });
    expect((await ask(forOrganisations)).body).toMatchObject({
      remarkContext: null,
      standing: { kind: "noOrganisation" },
      own: { open: true, remarks: [] },
    });
  });

  it("gives the organiser's official the manage link, and says it is theirs to manage rather than to remark on", async () => {
    actAs(official);
    expect((await ask(forOrganisations)).body).toMatchObject({
      signedIn: true,
      manages: true,
      remarkContext: null,
      standing: { kind: "organiser" },
    });
  });

  it("tells the owner of an organisation waiting for verification so, with its profile to complete", async () => {
    const waiting = await createOrganisation({ name: "Stowarzyszenie Czekające" });
    actAs(await createMember(waiting.id, "OWNER"));
    expect((await ask(forOrganisations)).body).toMatchObject({
      remarkContext: null,
      standing: { kind: "awaitingVerification", organisation: { slug: waiting.slug }, canEdit: true },
    });
  });

  it("offers no form once it has closed, but still lists the reader's remarks", async () => {
    const closed = await consultation("Zamknięte konsultacje", "ORGANISATIONS_AND_RESIDENTS");
    const resident = await createActor();
    await submitRemark(
      resident,
      {
        consultationId: closed,
        unitId: null,
        actingFor: null,
        currentWording: null,
        proposedWording: null,
        justification: "Uwaga do całości.",
      },
      { ip: null },
    );
    await db().consultation.update({ where: { id: closed }, data: { endsAt: new Date(Date.now() - 1000) } });
    actAs(resident);
    const answer = (await ask(closed)).body;
    expect(answer).toMatchObject({ remarkContext: null, standing: null, own: { open: false } });
    expect(answer.signedIn && answer.own.remarks.map((remark) => [remark.unit, remark.justification])).toEqual([
      [null, "Uwaga do całości."],
    ]);
  });
});
