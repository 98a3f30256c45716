// Offers for tests: a draft with the sections the test gives (plain JSON, one
// OfferSection row each, revision 0), or a submitted offer with its frozen
// version 1. Stored directly: no checks, no notifications, no PDF. The
// checksum here is a plain SHA-256 of the content as stored, enough to be
// unique; submission's canonical checksum is lib/offers/calc's.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfferKind, OfferTemplate } from "@/lib/generated/prisma/enums";

export interface OfferOptions {
  template?: OfferTemplate;
  /** Required for a full-template offer: the competition's task (the competition and office follow from it). */
  taskId?: string;
  /** Required for a small-grant offer: the addressed office. */
  institutionId?: string;
  leadOrganisationId: string;
  coApplicantIds?: string[];
  /** Co-applicants as invited and not yet accepted (default: accepted, as a submitted offer's must be). */
  coApplicantsPending?: boolean;
  kind?: OfferKind;
  title?: string;
  /** Section key → content (lib/offers/document/schema.ts); a "description" with the title unless given. */
  sections?: Record<string, Prisma.InputJsonValue>;
  /** Submitted: version 1 frozen from the sections, at `submittedAt` (default now). */
  submitted?: boolean;
  submittedAt?: Date;
  requestedGrant?: number;
  totalCost?: number;
  createdById?: string;
}

export async function createOffer(options: OfferOptions) {
  const template = options.template ?? "FULL_2018";
  const task = options.taskId
    ? await db().competitionTask.findUniqueOrThrow({
        where: { id: options.taskId },
        select: { id: true, competitionId: true, competition: { select: { institutionId: true } } },
      })
    : null;
  const institutionId = task?.competition.institutionId ?? options.institutionId;
  if (!institutionId) throw new Error("createOffer needs a taskId or an institutionId");
  const title = options.title ?? "Oferta testowa";
  const sections = options.sections ?? { description: { title } };
  const coApplicantIds = options.coApplicantIds ?? [];
  const requestedGrant = BigInt(options.requestedGrant ?? 1_000_000);
  const totalCost = BigInt(options.totalCost ?? 1_200_000);
  const offer = await db().offer.create({
    data: {
      template,
      institutionId,
      competitionId: task?.competitionId ?? null,
      taskId: task?.id ?? null,
      kind: options.kind ?? (coApplicantIds.length > 0 ? "JOINT" : "SINGLE"),
      leadOrganisationId: options.leadOrganisationId,
      title,
      requestedGrant,
      totalCost,
      createdById: options.createdById ?? null,
      coApplicants: {
        create: coApplicantIds.map((organisationId, position) => ({
          organisationId,
          position,
          acceptedAt: options.coApplicantsPending ? null : new Date(),
        })),
      },
      sections: { create: Object.entries(sections).map(([key, content]) => ({ key, content })) },
    },
  });
  if (!options.submitted) return offer;

  const submittedAt = options.submittedAt ?? new Date();
  const content = { template, sections } as Prisma.InputJsonValue;
  const checksum = createHash("sha256").update(JSON.stringify(content)).update(offer.id).digest("hex");
  const version = await db().offerVersion.create({
    data: {
      offerId: offer.id,
      number: 1,
      templateVersion: template === "FULL_2018" ? "2057-2018-zal1@1" : "2055-2018@1",
      schemaVersion: 1,
      content,
      checksum,
      shortChecksum: checksum.slice(0, 12).replace(/(.{4})(.{4})(.{4})/, "$1-$2-$3"),
      submittedAt,
      submittedById: options.createdById ?? null,
      totalCost,
      requestedGrant,
      ownFinancial: totalCost - requestedGrant,
      ownNonFinancial: 0n,
      recipientPayments: 0n,
      years: [submittedAt.getUTCFullYear()],
      rulesSnapshot: {},
    },
  });
  return db().offer.update({
    where: { id: offer.id },
    data: { status: "SUBMITTED", submittedAt, currentVersionId: version.id },
  });
}
