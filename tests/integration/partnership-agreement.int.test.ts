import JSZip from "jszip";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { visibleVersion } from "@/lib/library/files";
import { addVersion } from "@/lib/library/mutations";
import { AGREEMENT_TEMPLATE_SLUG, ensureAgreementTemplate } from "@/lib/partnerships/agreement/library-template";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createAdministrator, createMember, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { routeContext } from "@/tests/helpers/route-context";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { downloadAgreement } from "@/lib/partnerships/agreement/handlers";

let requester: { id: string; name: string };
let office: { id: string };
let partnershipId: string;
let endedPartnershipId: string;

const download = (id: string, locale = "pl") =>
  downloadAgreement(
    new Request(`http://localhost/api/partnerships/agreements/${id}?locale=${locale}`),
    routeContext({ id }),
  );

async function documentText(response: Response): Promise<string> {
  const zip = await JSZip.loadAsync(new Uint8Array(await response.arrayBuffer()));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

/** A request of `requesterId`, with an interest of the partner and the partnership that came of it. */
async function partnershipWith(
  partner: { organisationId?: string; institutionId?: string },
  status: "PROPOSED" | "FORMED" | "ENDED",
) {
  const request = await db().partnerRequest.create({
    data: {
      slug: `zapytanie-${Math.random().toString(36).slice(2, 10)}`,
      title: "Sąsiedzka kuchnia & festyn",
      initiative: "Gotujemy **razem** z seniorami z Nysy.",
      roles: ["CO_APPLICANT"],
      partnerGives: "Salę widowiskową",
      partnerGets: "Zwrot kosztów",
      budgetSharePercent: 25,
      repliesCloseOn: new Date("2027-01-31T00:00:00Z"),
      welcomesLocalGovernment: true,
      organisationId: requester.id,
      acceptedCount: 1,
    },
  });
  const interest = await db().partnerInterest.create({
    data: { requestId: request.id, ...partner, message: "Chętnie dołączymy.", status: "ACCEPTED" },
  });
  const partnership = await db().partnership.create({
    data: {
      requestId: request.id,
      interestId: interest.id,
      status,
      requesterOrganisationId: requester.id,
      partnerOrganisationId: partner.organisationId ?? null,
      partnerInstitutionId: partner.institutionId ?? null,
    },
  });
  return partnership.id;
}

beforeAll(async () => {
  await createInstanceSettings();
  const organisation = await createOrganisation({ name: "Fundacja Pogranicza", verifiedAt: new Date() });
  requester = await db().organisation.update({
    where: { id: organisation.id },
    data: { krs: "0000123456", address: "ul. Ozimska 4, 45-057 Opole" },
  });
  office = await db().institution.update({
    where: { id: (await createInstitution({ name: "Gmina Nysa", territoryCode: "1607053" })).id },
    data: { officeName: "Urząd Miejski w Nysie", address: "ul. Kolejowa 15, 48-300 Nysa" },
  });
  partnershipId = await partnershipWith({ institutionId: office.id }, "FORMED");
  const other = await createOrganisation({ name: "Stowarzyszenie Dolina", verifiedAt: new Date() });
  endedPartnershipId = await partnershipWith({ organisationId: other.id }, "ENDED");
});

describe("the model partnership agreement in the library", () => {
  it("is seeded once, as the platform's public model document with its placeholders described", async () => {
    expect(await db().libraryDocument.count()).toBe(0);
    // Every start makes sure of it; the next finds it there.
    await prepareDatabase({ databaseUrl: env().DATABASE_URL!, demo: false, migrate: false });
    expect(await ensureAgreementTemplate()).toBe("kept");
    const documents = await db().libraryDocument.findMany({
      where: { slug: AGREEMENT_TEMPLATE_SLUG },
      include: { versions: { include: { file: true } } },
    });
    expect(documents).toHaveLength(1);
    const [document] = documents;
    expect(document).toMatchObject({
      title: "Wzór umowy partnerskiej",
      kind: "MODEL_DOCUMENT",
      review: "ACCEPTED",
      organisationId: null,
      institutionId: null,
      currentVersionId: document!.versions[0]!.id,
    });
    expect(document!.description).toContain("`{{partner.regon}}`");
    expect(document!.versions.map((v) => [v.number, v.file.kind, v.text?.includes("UMOWA PARTNERSKA")])).toEqual([
      [1, "docx", true],
    ]);
    expect(await visibleVersion(null, document!.versions[0]!.id)).toMatchObject({ isPublic: true });
  });
});

describe("downloading a partnership's agreement", () => {
  it("is refused to visitors, strangers, plain members and other organisations, with nothing recorded", async () => {
    const stranger = await createOrganisation({ verifiedAt: new Date() });
    for (const actor of [
      null,
      await createActor(),
      await createMember(requester.id, "MEMBER"),
      await createMember(stranger.id, "OWNER"),
      await createOfficial((await db().institution.findUniqueOrThrow({ where: { territoryCode: "1609032" } })).id),
    ]) {
      actAs(actor);
      expect((await download(partnershipId)).status).toBe(404);
    }
    actAs(await createMember(requester.id, "OWNER"));
    expect((await download("cmnosuchpartnership000")).status).toBe(404);
    expect((await download("not an id")).status).toBe(404);
    expect(await db().auditEvent.count({ where: { action: "partnership.agreement_downloaded" } })).toBe(0);
  });

  it("gives either side the filled DOCX, named after the request, and records who took it", async () => {
    const owner = await createMember(requester.id, "OWNER");
    actAs(owner);
    const response = await download(partnershipId);
    expect([
      response.status,
      response.headers.get("content-type"),
      response.headers.get("content-disposition"),
    ]).toEqual([
      200,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      'attachment; filename="umowa-partnerska-sasiedzka-kuchnia-festyn.docx"',
    ]);
    const text = await documentText(response);
    expect(text).toContain(
      "1. Partner Wiodący: Fundacja Pogranicza, forma prawna: stowarzyszenie rejestrowe, numer KRS: 0000123456",
    );
    expect(text).toContain(
      "2. Partner: Urząd Miejski w Nysie, forma prawna: jednostka samorządu terytorialnego, numer KRS: nie dotyczy",
    );
    expect(text).toContain("„Sąsiedzka kuchnia &amp; festyn”");
    expect(text).toContain("Gotujemy razem z seniorami z Nysy.");
    expect(text).toContain("Z budżetu Inicjatywy Partnerowi przypada: 25%.");
    expect(text).not.toMatch(/\{\{|undefined|null/);

    const official = await createOfficial(office.id);
    actAs(official);
    expect((await download(partnershipId)).status).toBe(200);
    const events = await db().auditEvent.findMany({
      where: { action: "partnership.agreement_downloaded", subjectId: partnershipId },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    });
    expect(
      events.map((e) => [e.actorUserId, e.actingForOrganisationId, e.actingForInstitutionId, e.subjectType]),
    ).toEqual([
      [owner.id, requester.id, null, "Partnership"],
      [official.id, null, office.id, "Partnership"],
    ]);
  });

  it("is refused for a partnership that has ended", async () => {
    actAs(await createMember(requester.id, "EDITOR"));
    expect((await download(endedPartnershipId)).status).toBe(403);
  });
});

describe("an administrator's own template", () => {
  const administratorsTemplate = async (runs: string[]) =>
    new Uint8Array(
      await Packer.toBuffer(
        new Document({
          sections: [{ children: [new Paragraph({ children: runs.map((text) => new TextRun({ text })) })] }],
        }),
      ),
    );

  async function upload(bytes: Uint8Array) {
    const administrator = await createAdministrator();
    const document = await db().libraryDocument.findUniqueOrThrow({ where: { slug: AGREEMENT_TEMPLATE_SLUG } });
    await addVersion(
      administrator,
      document.id,
      { bytes, name: "umowa.docx" },
      { issuedOn: "2026-12-06", changeNote: "Nasz wzór" },
      { ip: null },
    );
  }

  it("is used from the moment it is the current version, and the seed never replaces it", async () => {
    // Placeholders split across runs, as Word leaves them.
    await upload(await administratorsTemplate(["Porozumienie: {{request.", "title}} – {{partner", ".name}}"]));
    expect(await ensureAgreementTemplate()).toBe("kept");
    const document = await db().libraryDocument.findUniqueOrThrow({
      where: { slug: AGREEMENT_TEMPLATE_SLUG },
      include: { versions: { orderBy: { number: "asc" } } },
    });
    expect(document.versions.map((v) => [v.number, v.changeNote])).toEqual([
      [1, "Wzór przygotowany przez platformę"],
      [2, "Nasz wzór"],
    ]);
    expect(document.currentVersionId).toBe(document.versions[1]!.id);

    actAs(await createMember(requester.id, "OWNER"));
    const response = await download(partnershipId);
    expect(response.status).toBe(200);
    expect(await documentText(response)).toBe("Porozumienie: Sąsiedzka kuchnia &amp; festyn – Urząd Miejski w Nysie");
  });

  it("that names a field the platform does not know is refused with a message naming it", async () => {
    await upload(await administratorsTemplate(["Konto: {{partner.", "bankAccount}}"]));
    actAs(await createOfficial(office.id));
    const response = await download(partnershipId, "en");
    expect(response.status).toBe(422);
    expect(await response.text()).toBe(
      "The model partnership agreement in the library contains the field partner.bankAccount, which the platform does not know. A platform administrator should correct it using the list of fields in the model's description.",
    );
  });
});

describe("without the library document", () => {
  it("fills the built-in model until the next start puts the document back", async () => {
    await db().libraryDocument.delete({ where: { slug: AGREEMENT_TEMPLATE_SLUG } });
    actAs(await createMember(requester.id, "OWNER"));
    const response = await download(partnershipId);
    expect(response.status).toBe(200);
    expect(await documentText(response)).toContain("UMOWA PARTNERSKA");
    expect(await ensureAgreementTemplate()).toBe("created");
  });
});
