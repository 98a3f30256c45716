// The import's life: upload (the cells are kept), check (the dry run's
// report), start (a background job), run (in batches, with progress saved
// after each). Not server-only: the job runs in `npm run worker` too.
import { recordAuditEvent } from "@/lib/audit/record";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { guessMapping, type ColumnMapping } from "@/lib/organisations/bulk-import/mapping";
import { readSpreadsheet } from "@/lib/organisations/bulk-import/parse";
import { summarise, validateRows, type ImportRecord, type RowOutcome } from "@/lib/organisations/bulk-import/validate";
import { recordChange } from "@/lib/organisations/history/mutations";
import { uniqueSlug } from "@/lib/organisations/records";
import { GMINA_KINDS } from "@/lib/reference-data/territories";
import { regionCode } from "@/lib/settings/platform-name";

const BATCH = 100;

/** Reads the upload and keeps its cells; throws SpreadsheetError for a file it cannot use. */
export async function createImport(input: { actorId: string; fileName: string; bytes: Uint8Array }): Promise<string> {
  const sheet = await readSpreadsheet(input.bytes);
  const created = await db().organisationImport.create({
    data: {
      createdById: input.actorId,
      fileName: input.fileName.slice(0, 200),
      encoding: sheet.encoding,
      headers: sheet.headers,
      rows: sheet.rows,
      mapping: guessMapping(sheet.headers),
      total: sheet.rows.length,
    },
    select: { id: true },
  });
  return created.id;
}

async function validationContext(rows: string[][], mapping: ColumnMapping) {
  const region = await regionCode();
  const [gminas, spheres] = await Promise.all([
    db().territory.findMany({
      where: { voivodeshipCode: region, kind: { in: [...GMINA_KINDS] } },
      select: { code: true, name: true },
    }),
    db().publicBenefitSphere.findMany({ where: { validTo: null }, select: { id: true, code: true } }),
  ]);
  // Every identifier in the file, as it might be written, looked up at once.
  const column = (index: number | undefined) =>
    index === undefined
      ? []
      : rows.map((r) => (r[index] ?? "").replace(/[\s-]/g, "").replace(/^PL/i, "")).filter(Boolean);
  const krs = column(mapping.krs).map((v) => v.padStart(10, "0"));
  const nip = column(mapping.nip);
  const regon = column(mapping.regon).flatMap((v) => [v, v.replace(/00000$/, "")]);
  const existing = await db().organisation.findMany({
    where: { OR: [{ krs: { in: krs } }, { nip: { in: nip } }, { regon: { in: regon } }] },
    select: { id: true, name: true, shortName: true, krs: true, nip: true, regon: true, aims: true, address: true },
  });
  return { gminas, sphereIdsByCode: new Map(spheres.map((s) => [s.code.toLowerCase(), s.id])), existing };
}

async function loadImport(id: string) {
  const found = await db().organisationImport.findUnique({ where: { id } });
  if (!found) throw new AppError("NOT_FOUND", `organisation import ${id}`);
  return { ...found, rows: found.rows as string[][], mapping: (found.mapping ?? {}) as ColumnMapping };
}

/** The dry run: checks every row with `mapping` and keeps the report. Nothing is written to organisations. */
export async function checkImport(id: string, mapping: ColumnMapping): Promise<ReturnType<typeof summarise>> {
  const found = await loadImport(id);
  if (!["UPLOADED", "CHECKED"].includes(found.status))
    throw new AppError("CONFLICT", `import ${id} is ${found.status}`);
  const outcomes = validateRows(found.rows, mapping, await validationContext(found.rows, mapping));
  await db().organisationImport.update({
    where: { id },
    data: { mapping, report: outcomes as unknown as Prisma.InputJsonValue, status: "CHECKED" },
  });
  return summarise(outcomes);
}

/** Queues the checked import; a second click (or a second administrator) gets CONFLICT. */
export async function startImport(id: string, actorId: string): Promise<void> {
  const { count } = await db().organisationImport.updateMany({
    where: { id, status: "CHECKED" },
    data: { status: "QUEUED", processed: 0, created: 0, merged: 0, failed: 0 },
  });
  if (count === 0) throw new AppError("CONFLICT", `import ${id} is not checked or already started`);
  await recordAuditEvent({
    action: "organisations.import_started",
    actorUserId: actorId,
    subjectType: "OrganisationImport",
    subjectId: id,
  });
  await enqueue("organisations-import", { importId: id });
}

async function createOrganisation(record: ImportRecord, tx: Prisma.TransactionClient): Promise<void> {
  await tx.organisation.create({
    data: {
      slug: await uniqueSlug(record, tx),
      name: record.name,
      shortName: record.shortName,
      legalForm: record.legalForm,
      krs: record.krs,
      nip: record.nip,
      regon: record.regon,
      seatTerritoryCode: record.seatTerritoryCode,
      hasPublicBenefitStatus: record.opp,
      aims: record.aims,
      address: record.address,
      spheres: { create: record.sphereIds.map((sphereId) => ({ sphereId })) },
    },
  });
}

/** Fills only what the existing record lacks; what people entered is never overwritten. */
async function mergeInto(
  organisationId: string,
  record: ImportRecord,
  tx: Prisma.TransactionClient,
  actorUserId: string,
): Promise<void> {
  const before = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      shortName: true,
      krs: true,
      nip: true,
      regon: true,
      aims: true,
      address: true,
      hasPublicBenefitStatus: true,
    },
  });
  await recordChange(tx, {
    organisationId,
    actorUserId,
    source: "import",
    before,
    after: {
      shortName: before.shortName ?? record.shortName,
      krs: before.krs ?? record.krs,
      nip: before.nip ?? record.nip,
      regon: before.regon ?? record.regon,
      aims: before.aims ?? record.aims,
      address: before.address ?? record.address,
      hasPublicBenefitStatus: before.hasPublicBenefitStatus || record.opp,
    },
  });
  await tx.$executeRaw`
    UPDATE "Organisation" SET
      "shortName" = COALESCE("shortName", ${record.shortName}),
      "krs" = COALESCE("krs", ${record.krs}),
      "nip" = COALESCE("nip", ${record.nip}),
      "regon" = COALESCE("regon", ${record.regon}),
      "aims" = COALESCE("aims", ${record.aims}),
      "address" = COALESCE("address", ${record.address}),
      "hasPublicBenefitStatus" = "hasPublicBenefitStatus" OR ${record.opp},
      "updatedAt" = now()
    WHERE id = ${organisationId}`;
  if (record.sphereIds.length > 0) {
    await tx.organisationSphere.createMany({
      data: record.sphereIds.map((sphereId) => ({ organisationId, sphereId })),
      skipDuplicates: true,
    });
  }
}

type Applied = RowOutcome | { row: number; status: "failed"; reason: "identifierTaken" };

/** The job: checks again (data may have changed since the dry run), then writes row by row in batches. */
export async function runImport(id: string): Promise<void> {
  const found = await loadImport(id);
  if (found.status !== "QUEUED" && found.status !== "RUNNING") return; // already done, or never started
  // RUNNING means a worker stopped mid-way and the job was retried: rows before
  // `processed` were written (progress is saved after each batch), so it resumes there.
  const resumeAt = found.status === "RUNNING" ? found.processed : 0;
  await db().organisationImport.update({
    where: { id },
    data: { status: "RUNNING", startedAt: found.startedAt ?? new Date() },
  });
  try {
    const outcomes = validateRows(found.rows, found.mapping, await validationContext(found.rows, found.mapping));
    const checked = ((found.report ?? []) as unknown as Applied[]).slice(0, resumeAt);
    const applied: Applied[] = [...checked];
    const counts =
      resumeAt > 0
        ? { processed: found.processed, created: found.created, merged: found.merged, failed: found.failed }
        : { processed: 0, created: 0, merged: 0, failed: 0 };
    for (let from = resumeAt; from < outcomes.length; from += BATCH) {
      for (const outcome of outcomes.slice(from, from + BATCH)) {
        if (outcome.status === "new" || outcome.status === "merge") {
          try {
            await db().$transaction((tx) =>
              outcome.status === "new"
                ? createOrganisation(outcome.record, tx)
                : mergeInto(outcome.organisationId, outcome.record, tx, found.createdById),
            );
            counts[outcome.status === "new" ? "created" : "merged"] += 1;
            applied.push(outcome);
          } catch (error) {
            // Another organisation took one of the identifiers since the check.
            if (!uniqueViolationFields(error)?.some((f) => ["krs", "nip", "regon"].includes(f))) throw error;
            counts.failed += 1;
            applied.push({ row: outcome.row, status: "failed", reason: "identifierTaken" });
          }
        } else {
          if (outcome.status === "error") counts.failed += 1;
          if (outcome.status === "duplicate") counts.merged += 1;
          applied.push(outcome);
        }
        counts.processed += 1;
      }
      await db().organisationImport.update({ where: { id }, data: counts });
    }
    await db().organisationImport.update({
      where: { id },
      data: { ...counts, status: "DONE", finishedAt: new Date(), report: applied as unknown as Prisma.InputJsonValue },
    });
    await recordAuditEvent({
      action: "organisations.imported",
      actorUserId: found.createdById,
      subjectType: "OrganisationImport",
      subjectId: id,
      details: counts,
    });
  } catch (error) {
    await db().organisationImport.update({ where: { id }, data: { status: "FAILED", finishedAt: new Date() } });
    throw error;
  } finally {
    publicDataChanged();
  }
}
