// Changes to the library: documents and their versions. Officials (for their
// institution) and administrators publish at once; organisations' owners and
// editors propose, and a moderator accepts (or rejects with a reason). What an
// organisation then changes in its accepted document (the description or a
// new version) waits for a moderator too, as lib/moderation/changes.ts rules,
// while the accepted state stays public. A new version becomes the current
// one once it may be public; its text is read out by a job for search.
import type { AuthorChoice } from "@/lib/auth/authors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { storeUpload } from "@/lib/files/stored-files";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LibraryDocumentKind } from "@/lib/generated/prisma/enums";
import { enqueue } from "@/lib/jobs/enqueue";
import { FILED_KINDS, type DocumentFields } from "@/lib/library/schemas";
import { writeDevelopers } from "@/lib/library/developers";
import { mayManage } from "@/lib/library/stewards";
import { changedByStewardOf, changeOutcome } from "@/lib/moderation/changes";
import { log } from "@/lib/log";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { knownTopics } from "@/lib/reference-data/topics";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import type { ActionMeta } from "@/lib/http/request-context";

type Tx = Prisma.TransactionClient;

export const MAX_VERSION_BYTES = 20 * 1024 * 1024;
/** The files a version may be (the PDF, DOCX, ODT, XLSX, and ODS beside XLSX). */
export const VERSION_KINDS = DOCUMENT_KINDS;

export const documentSubject = (document: { id: string; slug: string; title: string }) => ({
  type: "LibraryDocument",
  id: document.id,
  title: document.title,
  link: { pathname: "/library/[slug]" as const, params: { slug: document.slug } },
});

type ChangeTarget = { organisationId: string | null; institutionId: string | null; review: string };

/** What a change to the document does: the library always pre-moderates organisations. */
export const libraryChangeOutcome = (document: ChangeTarget) =>
  changeOutcome({
    by: changedByStewardOf(document),
    mode: "PRE",
    state: document.review === "ACCEPTED" ? "public" : "unpublished",
  });

/**
 * Whether a new version waits for a moderator: a version is public only with
 * its document, so this is decided as if the document were public already. An
 * organisation's version is looked at whether it changes an accepted document
 * or belongs to a proposal (a moderator accepts exactly the versions shown).
 */
export const versionAwaitsModerator = (document: ChangeTarget) =>
  libraryChangeOutcome({ ...document, review: "ACCEPTED" }) === "holdForReview";

/**
 * Puts the document's change in the moderators' queue (the fields, if any, are
 * saved by the caller); the moderators are told when it starts waiting. The
 * date is the change's latest: a moderator's decision covers only the change
 * as it stood when shown (lib/library/moderation.ts).
 */
async function holdChange(
  tx: Tx,
  actor: Actor,
  document: { id: string; slug: string; title: string; organisationId: string | null; changeReview: string | null },
  meta: ActionMeta,
  data: Prisma.LibraryDocumentUpdateInput = {},
): Promise<boolean> {
  const starts = document.changeReview !== "PROPOSED";
  await tx.libraryDocument.update({
    where: { id: document.id },
    data: {
      ...data,
      changeReview: "PROPOSED",
      changeNote: null,
      changeProposedBy: { connect: { id: actor.id } },
      changeProposedAt: new Date(),
    },
  });
  await recordAuditEvent(
    {
      action: "library.change_proposed",
      actorUserId: actor.id,
      actingForOrganisationId: document.organisationId,
      subjectType: "LibraryDocument",
      subjectId: document.id,
      ipAddress: meta.ip,
    },
    tx,
  );
  if (starts)
    await notify(
      {
        type: "library.proposed",
        subject: documentSubject(document),
        actor: { userId: actor.id, organisationId: document.organisationId },
        audience: { platformRoles: ["MODERATOR", "ADMINISTRATOR"] },
      },
      tx,
    );
  return starts;
}

/** The document, if the person may manage it; NOT_FOUND otherwise (no hint that it exists). */
export async function manageableDocument(actor: Actor, documentId: string, tx: Tx = db()) {
  const document = await tx.libraryDocument.findUnique({ where: { id: documentId } });
  if (!document || !(await mayManage(actor, document)))
    throw new AppError("NOT_FOUND", `library document ${documentId}`);
  return document;
}

/** The document's spheres, territories and developers as the form names them (developers with their consent: lib/library/developers.ts). */
export async function writeRelations(
  tx: Tx,
  document: { id: string; slug: string; title: string; organisationId: string | null; institutionId: string | null },
  fields: DocumentFields,
  namer: { actor: Actor | null; userId: string | null },
): Promise<void> {
  const documentId = document.id;
  const { sphereIds, territoryCodes } = await knownTopics(tx, fields);
  await tx.libraryDocumentSphere.deleteMany({ where: { documentId } });
  await tx.libraryDocumentSphere.createMany({ data: sphereIds.map((sphereId) => ({ documentId, sphereId })) });
  await tx.libraryDocumentTerritory.deleteMany({ where: { documentId } });
  await tx.libraryDocumentTerritory.createMany({
    data: territoryCodes.map((territoryCode) => ({ documentId, territoryCode })),
  });
  await writeDevelopers(tx, document, fields, namer);
}

/**
 * A document says it came from a consultation only when its steward held it:
 * the office's own consultations (the platform's administrators may link any);
 * an organisation cannot claim an office's consultation for its document.
 */
async function checkConsultation(tx: Tx, consultationId: string | null, steward: AuthorChoice): Promise<void> {
  if (!consultationId) return;
  const consultation = await tx.consultation.findUnique({
    where: { id: consultationId },
    select: { status: true, institutionId: true },
  });
  const platform = steward.organisationId === null && steward.institutionId === null;
  const held = consultation !== null && (platform || consultation.institutionId === steward.institutionId);
  if (!consultation || consultation.status === "DRAFT" || !held)
    throw new FieldRuleError([{ field: "consultationId", message: "notFound" }]);
}

/**
 * The fields as they may be saved: a filed report keeps the kind and the
 * consultation the platform gave it; no one else may give a document a filed kind.
 */
function chosenFields(
  fields: DocumentFields,
  document?: { kind: LibraryDocumentKind; consultationId: string | null },
): DocumentFields {
  if (document && FILED_KINDS.includes(document.kind))
    return { ...fields, kind: document.kind, consultationId: document.consultationId };
  if (FILED_KINDS.includes(fields.kind)) throw new FieldRuleError([{ field: "kind", message: "libraryKindRequired" }]);
  return fields;
}

export const recordData = ({
  sphereIds: _s,
  territoryCodes: _t,
  developerInstitutionIds: _i,
  developerOrganisationIds: _o,
  ...data
}: DocumentFields) => data;

export async function createDocument(
  actor: Actor,
  steward: AuthorChoice,
  input: DocumentFields,
  meta: ActionMeta,
): Promise<{ id: string; slug: string; proposed: boolean }> {
  if (!(await mayManage(actor, steward))) throw new AppError("FORBIDDEN", "may not add documents for this steward");
  const fields = chosenFields(input);
  const proposed = steward.organisationId !== null;
  const created = await db().$transaction(async (tx) => {
    await checkConsultation(tx, fields.consultationId, steward);
    const slug = await firstFreeSlug(
      slugify(fields.title, 70) || "dokument",
      async (candidate) => (await tx.libraryDocument.count({ where: { slug: candidate } })) > 0,
    );
    const document = await tx.libraryDocument.create({
      data: {
        ...recordData(fields),
        ...steward,
        slug,
        review: proposed ? "PROPOSED" : "ACCEPTED",
        proposedById: actor.id,
      },
      select: { id: true, slug: true, title: true },
    });
    await writeRelations(tx, { ...document, ...steward }, fields, { actor, userId: actor.id });
    await recordAuditEvent(
      {
        action: proposed ? "library.proposed" : "library.created",
        actorUserId: actor.id,
        actingForOrganisationId: steward.organisationId,
        actingForInstitutionId: steward.institutionId,
        subjectType: "LibraryDocument",
        subjectId: document.id,
        ipAddress: meta.ip,
      },
      tx,
    );
    if (proposed)
      await notify(
        {
          type: "library.proposed",
          subject: documentSubject(document),
          actor: { userId: actor.id, organisationId: steward.organisationId },
          audience: { platformRoles: ["MODERATOR", "ADMINISTRATOR"] },
        },
        tx,
      );
    return { id: document.id, slug: document.slug, proposed };
  });
  if (proposed) await dispatchNotifications();
  return created;
}

export async function updateDocument(
  actor: Actor,
  documentId: string,
  input: DocumentFields,
  meta: ActionMeta,
): Promise<{ slug: string }> {
  const result = await db().$transaction(async (tx) => {
    // Locked as a moderator's decision locks it: an edit decided by a state the decision has just changed would skip the queue.
    await tx.$queryRaw`SELECT id FROM "LibraryDocument" WHERE id = ${documentId} FOR UPDATE`;
    const document = await manageableDocument(actor, documentId, tx);
    const fields = chosenFields(input, document);
    // A link the document already has stays (it may predate the rule that only the office that held the consultation links it).
    if (!FILED_KINDS.includes(document.kind) && fields.consultationId !== document.consultationId)
      await checkConsultation(tx, fields.consultationId, document);
    if (libraryChangeOutcome(document) === "holdForReview") {
      const told = await holdChange(tx, actor, document, meta, { pendingFields: fields });
      return { slug: document.slug, told };
    }
    // A rejected proposal that is changed goes back to the moderators.
    await tx.libraryDocument.update({
      where: { id: documentId },
      data: {
        ...recordData(fields),
        ...(document.review === "REJECTED" ? { review: "PROPOSED", reviewNote: null } : {}),
      },
    });
    await writeRelations(tx, document, fields, { actor, userId: actor.id });
    await recordAuditEvent(
      {
        action: "library.edited",
        actorUserId: actor.id,
        actingForOrganisationId: document.organisationId,
        actingForInstitutionId: document.institutionId,
        subjectType: "LibraryDocument",
        subjectId: documentId,
        ipAddress: meta.ip,
      },
      tx,
    );
    return { slug: document.slug, told: false };
  });
  if (result.told) await dispatchNotifications();
  return { slug: result.slug };
}

/**
 * Keeps the file as the document's next version, made current, or waiting
 * with the rest of the change when a moderator must accept it first; its text
 * is read out by the `library-text` job.
 */
export async function addVersion(
  actor: Actor,
  documentId: string,
  upload: { bytes: Uint8Array; name: string },
  fields: { issuedOn: string; changeNote: string | null },
  meta: ActionMeta,
): Promise<{ id: string; number: number; held: boolean }> {
  const document = await manageableDocument(actor, documentId);
  const version = await storeUpload(
    { ...upload, uploadedById: actor.id },
    { accepted: VERSION_KINDS, maxBytes: MAX_VERSION_BYTES },
    async (tx, file) => {
      // The document's row lock orders concurrent uploads, so numbers never clash.
      await tx.$queryRaw`SELECT id FROM "LibraryDocument" WHERE id = ${documentId} FOR UPDATE`;
      const locked = await tx.libraryDocument.findUniqueOrThrow({ where: { id: documentId } });
      const held = libraryChangeOutcome(locked) === "holdForReview";
      const last = await tx.libraryDocumentVersion.aggregate({ where: { documentId }, _max: { number: true } });
      const created = await tx.libraryDocumentVersion.create({
        data: {
          documentId,
          number: (last._max.number ?? 0) + 1,
          fileId: file.id,
          issuedOn: new Date(`${fields.issuedOn}T00:00:00Z`),
          changeNote: fields.changeNote,
          createdById: actor.id,
          review: versionAwaitsModerator(locked) ? "PROPOSED" : "ACCEPTED",
        },
        select: { id: true, number: true },
      });
      const told = held
        ? await holdChange(tx, actor, locked, meta)
        : (await tx.libraryDocument.update({ where: { id: documentId }, data: { currentVersionId: created.id } }),
          false);
      await recordAuditEvent(
        {
          action: "library.version_added",
          actorUserId: actor.id,
          actingForOrganisationId: document.organisationId,
          actingForInstitutionId: document.institutionId,
          subjectType: "LibraryDocument",
          subjectId: documentId,
          ipAddress: meta.ip,
          details: { number: created.number, held },
        },
        tx,
      );
      return { ...created, held, told };
    },
  );
  await queueTextExtraction(version.id);
  if (version.told) await dispatchNotifications();
  return { id: version.id, number: version.number, held: version.held };
}

/** Asks the worker to read the version's text; if that fails, the nightly sweep reads it. */
export async function queueTextExtraction(versionId: string): Promise<void> {
  try {
    await enqueue("library-text", { versionId });
  } catch (error) {
    log.warn("library text extraction not queued; the sweep will catch up", { error, versionId });
  }
}

/** A published consultation report enters the library with a link back (called in the publishing transaction). */
export async function fileConsultationReport(
  tx: Tx,
  consultationId: string,
  actorUserId: string,
  now: Date,
): Promise<string | null> {
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      id: true,
      title: true,
      institutionId: true,
      report: { select: { pdfFileId: true } },
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
    },
  });
  const pdfFileId = consultation.report?.pdfFileId;
  if (!pdfFileId) return null;
  if (
    await tx.libraryDocument.findFirst({ where: { consultationId, kind: "CONSULTATION_REPORT" }, select: { id: true } })
  )
    return null;
  const title = `Sprawozdanie z konsultacji: ${consultation.title}`.slice(0, 300);
  const slug = await firstFreeSlug(
    slugify(title, 70),
    async (candidate) => (await tx.libraryDocument.count({ where: { slug: candidate } })) > 0,
  );
  const document = await tx.libraryDocument.create({
    data: {
      slug,
      title,
      description: `Sprawozdanie z przebiegu i wyników konsultacji „${consultation.title}”: zgłoszone uwagi i stanowisko urzędu wobec każdej z nich.`,
      kind: "CONSULTATION_REPORT",
      status: "ADOPTED",
      review: "ACCEPTED",
      institutionId: consultation.institutionId,
      consultationId,
      proposedById: actorUserId,
      spheres: { create: consultation.spheres.map((s) => ({ sphereId: s.sphereId })) },
      territories: { create: consultation.territories.map((t) => ({ territoryCode: t.territoryCode })) },
      // The office that held the consultation looks after its report: no invitation needed.
      developers: { create: [{ institutionId: consultation.institutionId, acceptedAt: now }] },
    },
    select: { id: true },
  });
  const version = await tx.libraryDocumentVersion.create({
    data: {
      documentId: document.id,
      number: 1,
      fileId: pdfFileId,
      issuedOn: new Date(now.toISOString().slice(0, 10)),
      createdById: actorUserId,
    },
    select: { id: true },
  });
  await tx.libraryDocument.update({ where: { id: document.id }, data: { currentVersionId: version.id } });
  return version.id;
}

/**
 * A published report made again after a correction: the library's copy gets
 * the new PDF as its next version (the earlier one stays in its history).
 * Returns the new version's id, or null when the report is not in the library.
 */
export async function fileReportCorrection(
  consultationId: string,
  pdfFileId: string,
  now: Date,
): Promise<string | null> {
  const document = await db().libraryDocument.findFirst({
    where: { consultationId, kind: "CONSULTATION_REPORT" },
    select: { id: true },
  });
  if (!document) return null;
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "LibraryDocument" WHERE id = ${document.id} FOR UPDATE`;
    const last = await tx.libraryDocumentVersion.aggregate({
      where: { documentId: document.id },
      _max: { number: true },
    });
    const version = await tx.libraryDocumentVersion.create({
      data: {
        documentId: document.id,
        number: (last._max.number ?? 0) + 1,
        fileId: pdfFileId,
        issuedOn: new Date(now.toISOString().slice(0, 10)),
      },
      select: { id: true },
    });
    await tx.libraryDocument.update({ where: { id: document.id }, data: { currentVersionId: version.id } });
    return version.id;
  });
}
