// Trust in the library (issue 19): what organisations change in an accepted
// document waits for a moderator, only the platform files consultation
// reports, and co-developers are named with their consent.
import { loadActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/permissions";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { db } from "@/lib/db/client";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createUser } from "@/tests/factories/users";

let currentActor: Actor | null = null;
jest.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentActor }));

import { createDocumentAction, updateDocumentAction } from "@/lib/library/actions";

async function person(options: { platformRole?: "RESIDENT" | "MODERATOR" | "ADMINISTRATOR"; organisation?: { id: string; role: "OWNER" | "EDITOR" | "MEMBER" }; institutionId?: string } = {}) {
  const user = await createUser({ platformRole: options.platformRole });
  const twoFactor = options.platformRole === "ADMINISTRATOR" || options.institutionId;
  await db().user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date(), ...(twoFactor ? { totpEnabledAt: new Date() } : {}) } });
  if (options.organisation) await db().organisationMembership.create({ data: { userId: user.id, organisationId: options.organisation.id, role: options.organisation.role } });
  if (options.institutionId) await db().institutionMembership.create({ data: { userId: user.id, institutionId: options.institutionId, role: "OFFICIAL" } });
  return (await loadActor({ userId: user.id, sessionVersion: 0 }))!;
}

const fields = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  description: "Dokument wypracowany wspólnie przez organizacje i samorząd.",
  kind: "STANDARD",
  status: "ADOPTED",
  consultationId: "",
  sphereIds: [] as string[],
  territoryCodes: [] as string[],
  developerInstitutionIds: [] as string[],
  developerOrganisationIds: [] as string[],
  ...overrides,
});

let official: Actor;
let editor: Actor;
let institutionId: string;
let organisationId: string;
let consultationId: string;

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Urząd Miasta Zaufania", territoryCode: "1661011" })).id;
  organisationId = (await createOrganisation({ name: "Stowarzyszenie Rzetelne", verifiedAt: new Date() })).id;
  official = await person({ institutionId });
  editor = await person({ organisation: { id: organisationId, role: "EDITOR" } });
  const consultationActor = { userId: official.id, ip: null };
  const consultation = await createConsultation(institutionId, consultationFields({ title: "Konsultacje regulaminu konkursu" }), consultationActor);
  await publishConsultation(consultation.id, consultationActor);
  consultationId = consultation.id;
});

async function create(actor: Actor, steward: string, title: string, overrides: Record<string, unknown> = {}) {
  currentActor = actor;
  const created = await createDocumentAction({ steward, ...fields(title, overrides) } as never);
  if (!created.data) throw new Error(JSON.stringify(created));
  return created.data;
}

describe("the consultation report's place in the library", () => {
  it("a library document cannot be created or edited with kind consultation report", async () => {
    for (const actor of [official, editor]) {
      currentActor = actor;
      const steward = actor === official ? `institution:${institutionId}` : `organisation:${organisationId}`;
      const refused = await createDocumentAction({ steward, ...fields("Sprawozdanie z konsultacji (podrobione)", { kind: "CONSULTATION_REPORT", consultationId }) } as never);
      expect(refused.data).toBeUndefined();
      expect(refused.validationErrors).toMatchObject({ kind: { _errors: ["libraryKindRequired"] } });
    }
    expect(await db().libraryDocument.count({ where: { kind: "CONSULTATION_REPORT" } })).toBe(0);

    const document = await create(official, `institution:${institutionId}`, "Regulamin konkursu ofert");
    currentActor = official;
    const edited = await updateDocumentAction({ documentId: document.id, ...fields("Regulamin konkursu ofert", { kind: "CONSULTATION_REPORT", consultationId }) } as never);
    expect(edited.validationErrors).toMatchObject({ kind: { _errors: ["libraryKindRequired"] } });
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({ kind: "STANDARD" });
  });

  it("keeps a filed report's kind and consultation link when its office edits the description", async () => {
    // As lib/library/mutations.ts fileConsultationReport files it.
    const report = await db().libraryDocument.create({ data: { slug: "sprawozdanie-test", title: "Sprawozdanie z konsultacji: regulamin", description: "Sprawozdanie z przebiegu konsultacji regulaminu konkursu.", kind: "CONSULTATION_REPORT", review: "ACCEPTED", institutionId, consultationId } });
    currentActor = official;
    const edited = await updateDocumentAction({ documentId: report.id, ...fields("Sprawozdanie z konsultacji: regulamin konkursu", { kind: "CONSULTATION_REPORT", consultationId: "" }) } as never);
    expect(edited.validationErrors).toBeUndefined();
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ kind: "CONSULTATION_REPORT", consultationId, title: "Sprawozdanie z konsultacji: regulamin konkursu" });
    const retyped = await updateDocumentAction({ documentId: report.id, ...fields("Sprawozdanie z konsultacji: regulamin konkursu", { kind: "STANDARD", consultationId }) } as never);
    expect(retyped.validationErrors).toBeUndefined();
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ kind: "CONSULTATION_REPORT", consultationId });
  });
});
