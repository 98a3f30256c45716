// What the formal check's pages show (design §4.1): the competition's list
// (checklist, every submitted offer with its formal status and open
// correction) and one offer's check (its checklist with the platform's
// suggestions, the versions, the corrections asked and what each changed).
// Only the addressed office's officials with competitions.formalCheck read
// them; anyone else gets null (the page answers 404).
import "server-only";
import { can, type Actor, type Scope } from "@/lib/auth/permissions";
import { suggestAnswer, type AutoCheckFacts } from "@/lib/competitions/formal/auto-checks";
import type { AutoCheckCode } from "@/lib/competitions/formal/checklist";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { attachmentSlots, missingAttachments, slotApplicants } from "@/lib/offers/attachments/requirements";
import { checkOffer } from "@/lib/offers/calc/check-offer";
import { versionCheckContext } from "@/lib/offers/corrections/check-context";
import { changedSections } from "@/lib/offers/corrections/diff";
import { defaultDueDay } from "@/lib/offers/corrections/due";
import { nameableSections, requirementsNamedBy, sectionsNamedBy } from "@/lib/offers/corrections/named";
import type { OfferDocument, OfferTemplate } from "@/lib/offers/document/schema";
import { versionDocument } from "@/lib/offers/submission/versions";

export type FormalCheckView = NonNullable<Awaited<ReturnType<typeof formalCheckView>>>;

/** The competition's formal check for its office; null for anyone else, or before the competition is published. */
export async function formalCheckView(slug: string, actor: Actor) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      institutionId: true,
      offersDeadline: true,
      correctionDays: true,
      tasks: { orderBy: { position: "asc" }, select: { id: true, number: true, kindName: true } },
    },
  });
  if (!competition || competition.status === "DRAFT") return null;
  if (!can(actor, "competitions.formalCheck", { institutionId: competition.institutionId })) return null;
  const now = await databaseNow();
  const open = now >= competition.offersDeadline;
  const [items, offers] = await Promise.all([
    db().formalChecklistItem.findMany({
      where: { competitionId: competition.id },
      orderBy: { position: "asc" },
      select: {
        id: true,
        label: true,
        kind: true,
        autoCheck: true,
        correctable: true,
        _count: { select: { answers: true } },
      },
    }),
    open
      ? db().offer.findMany({
          where: { competitionId: competition.id, status: "SUBMITTED" },
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            title: true,
            taskId: true,
            leadOrganisation: { select: { name: true } },
            coApplicants: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
            currentVersion: { select: { number: true, shortChecksum: true } },
            formalReview: { select: { status: true } },
            corrections: {
              orderBy: { requestedAt: "desc" },
              take: 1,
              select: { status: true, dueAt: true },
            },
          },
        })
      : [],
  ]);
  const rows = offers.map((offer) => {
    const last = offer.corrections[0] ?? null;
    return {
      id: offer.id,
      title: offer.title,
      taskId: offer.taskId,
      applicants: [offer.leadOrganisation.name, ...offer.coApplicants.map((c) => c.organisation.name)],
      version: offer.currentVersion?.number ?? 0,
      shortChecksum: offer.currentVersion?.shortChecksum ?? "",
      status: offer.formalReview?.status ?? "PENDING",
      correction: last && (last.status === "OPEN" || last.status === "LAPSED") ? last : null,
    };
  });
  return {
    competition: { id: competition.id, slug: competition.slug, title: competition.title },
    deadline: competition.offersDeadline,
    open,
    items: items.map(({ _count, ...item }) => ({ ...item, answered: _count.answers > 0 })),
    tasks: competition.tasks.map((task) => ({
      number: task.number,
      kindName: task.kindName,
      offers: rows.filter((row) => row.taskId === task.id),
    })),
    counts: {
      PENDING: rows.filter((r) => r.status === "PENDING").length,
      TO_CORRECT: rows.filter((r) => r.status === "TO_CORRECT").length,
      COMPLETE: rows.filter((r) => r.status === "COMPLETE").length,
      REJECTED: rows.filter((r) => r.status === "REJECTED").length,
    },
  };
}

export type FormalOfferView = NonNullable<Awaited<ReturnType<typeof formalOfferView>>>;

/** One offer's formal check; null unless the reader checks this competition's offers and the check is open. */
export async function formalOfferView(slug: string, offerId: string, actor: Actor) {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      template: true,
      institutionId: true,
      currentVersionId: true,
      leadOrganisationId: true,
      leadOrganisation: { select: { name: true, verifiedAt: true } },
      coApplicants: {
        where: { acceptedAt: { not: null } },
        orderBy: { position: "asc" },
        select: { organisationId: true, organisation: { select: { name: true, verifiedAt: true } } },
      },
      task: { select: { number: true, kindName: true } },
      competition: {
        select: {
          id: true,
          slug: true,
          title: true,
          offersDeadline: true,
          correctionDays: true,
          confirmationRequired: true,
          attachmentRequirements: {
            orderBy: { position: "asc" },
            select: { id: true, label: true, required: true, perApplicant: true, condition: true },
          },
        },
      },
      versions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          kind: true,
          shortChecksum: true,
          submittedAt: true,
          content: true,
          rulesSnapshot: true,
          correctionId: true,
          basedOnVersionId: true,
          attachments: { select: { attachment: { select: { requirementId: true, organisationId: true } } } },
          confirmations: { orderBy: { receivedAt: "desc" }, take: 1, select: { status: true, receivedAt: true } },
        },
      },
      formalReview: {
        select: {
          status: true,
          rejectionReason: true,
          checkedAt: true,
          checkedBy: { select: { name: true } },
          answers: { select: { itemId: true, answer: true, note: true } },
        },
      },
      corrections: {
        orderBy: { requestedAt: "desc" },
        select: {
          id: true,
          status: true,
          message: true,
          parts: true,
          dueAt: true,
          requestedAt: true,
          answeredAt: true,
          fromVersionId: true,
        },
      },
    },
  });
  const competition = offer?.competition;
  if (!offer || !competition || competition.slug !== slug || offer.status !== "SUBMITTED") return null;
  if (!can(actor, "competitions.formalCheck", { institutionId: offer.institutionId })) return null;
  const now = await databaseNow();
  if (now < competition.offersDeadline) return null;
  const current = offer.versions.find((v) => v.id === offer.currentVersionId);
  const document = current ? versionDocument(current.content) : null;
  if (!current || !document) return null;

  const items = await db().formalChecklistItem.findMany({
    where: { competitionId: competition.id },
    orderBy: { position: "asc" },
    select: { id: true, label: true, kind: true, autoCheck: true, requirementId: true, correctable: true },
  });
  const facts = suggestionFacts(offer, current, document);
  const answers = new Map((offer.formalReview?.answers ?? []).map((a) => [a.itemId, a]));
  const documents = new Map(offer.versions.map((v) => [v.id, v]));
  const numberOf = (versionId: string | null) => (versionId ? (documents.get(versionId)?.number ?? null) : null);

  return {
    offer: {
      id: offer.id,
      title: document.description.title || offer.title,
      template: offer.template as OfferTemplate,
      applicants: [offer.leadOrganisation.name, ...offer.coApplicants.map((c) => c.organisation.name)],
      task: offer.task ? `${offer.task.number}. ${offer.task.kindName}` : "",
    },
    competition: { id: competition.id, slug: competition.slug, title: competition.title },
    review: {
      status: offer.formalReview?.status ?? "PENDING",
      rejectionReason: offer.formalReview?.rejectionReason ?? null,
      checkedAt: offer.formalReview?.checkedAt ?? null,
      checkedByName: offer.formalReview?.checkedBy?.name ?? null,
    },
    current: { number: current.number, shortChecksum: current.shortChecksum, kind: current.kind },
    items: items.map((item) => ({
      id: item.id,
      label: item.label,
      kind: item.kind,
      correctable: item.correctable,
      suggestion: suggestAnswer(
        { autoCheck: item.autoCheck as AutoCheckCode | null, requirementId: item.requirementId },
        facts,
      ),
      answer: answers.get(item.id)?.answer ?? null,
      note: answers.get(item.id)?.note ?? "",
    })),
    versions: offer.versions
      .map((v) => ({ number: v.number, kind: v.kind, shortChecksum: v.shortChecksum, submittedAt: v.submittedAt }))
      .reverse(),
    corrections: offer.corrections.map((request) => {
      const answer = offer.versions.find((v) => v.correctionId === request.id) ?? null;
      const before = answer?.basedOnVersionId ? documents.get(answer.basedOnVersionId) : null;
      const beforeDocument = before ? versionDocument(before.content) : null;
      const afterDocument = answer ? versionDocument(answer.content) : null;
      return {
        id: request.id,
        status: request.status,
        message: request.message,
        sections: sectionsNamedBy(request.parts),
        requirements: requirementsNamedBy(request.parts),
        dueAt: request.dueAt,
        requestedAt: request.requestedAt,
        answeredAt: request.answeredAt,
        fromVersion: numberOf(request.fromVersionId),
        answerVersion: answer?.number ?? null,
        changed: beforeDocument && afterDocument ? changedSections(beforeDocument, afterDocument) : [],
      };
    }),
    nameable: nameableSections(offer.template as OfferTemplate),
    requirements: competition.attachmentRequirements.map((r) => ({ id: r.id, label: r.label })),
    defaultDueOn: defaultDueDay(competition.correctionDays, now),
  };
}

type OfferForFacts = {
  kind: "SINGLE" | "JOINT";
  leadOrganisationId: string;
  leadOrganisation: { name: string; verifiedAt: Date | null };
  coApplicants: { organisationId: string; organisation: { name: string; verifiedAt: Date | null } }[];
  competition: {
    offersDeadline: Date;
    confirmationRequired: boolean;
    attachmentRequirements: Parameters<typeof attachmentSlots>[0];
  } | null;
  versions: {
    kind: string;
    submittedAt: Date;
    confirmations: { status: "UPLOADED" | "ACCEPTED" | "REJECTED"; receivedAt: Date }[];
  }[];
};

/** What the suggestions are computed from: the checked version and the facts only the database holds. */
function suggestionFacts(
  offer: OfferForFacts,
  current: {
    rulesSnapshot: unknown;
    attachments: { attachment: { requirementId: string | null; organisationId: string | null } }[];
  },
  document: OfferDocument,
): AutoCheckFacts {
  const submissions = offer.versions.filter((v) => v.kind === "SUBMISSION");
  const lastSubmission = submissions[submissions.length - 1] ?? offer.versions[0]!;
  const confirmations = offer.versions
    .flatMap((v) => v.confirmations)
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  const names = new Map([
    [offer.leadOrganisationId, offer.leadOrganisation.name],
    ...offer.coApplicants.map((c) => [c.organisationId, c.organisation.name] as const),
  ]);
  const ids = [...names.keys()];
  const slots = attachmentSlots(offer.competition?.attachmentRequirements ?? [], {
    kind: offer.kind,
    applicants: slotApplicants(ids, document, (id) => names.get(id) ?? ""),
  });
  const missing = missingAttachments(
    slots,
    current.attachments.map((a) => a.attachment),
  );
  return {
    submittedAt: lastSubmission.submittedAt,
    deadline: offer.competition?.offersDeadline ?? lastSubmission.submittedAt,
    documentErrors: checkOffer(document, versionCheckContext(offer.kind, current.rulesSnapshot)).filter(
      (p) => p.severity === "error",
    ).length,
    unverifiedApplicants:
      (offer.leadOrganisation.verifiedAt ? 0 : 1) + offer.coApplicants.filter((c) => !c.organisation.verifiedAt).length,
    statements: document.statements,
    confirmationRequired: offer.competition?.confirmationRequired ?? false,
    confirmation: confirmations[0]?.status ?? null,
    missingRequirementIds: new Set(missing.map((m) => m.requirementId)),
  };
}

/** The office a competition belongs to (the formal check's actions are checked there). */
export async function competitionScope(competitionId: string): Promise<Scope | null> {
  const competition = await db().competition.findUnique({
    where: { id: competitionId },
    select: { institutionId: true },
  });
  return competition ? { institutionId: competition.institutionId } : null;
}

/** The office of a checklist item's competition. */
export async function itemScope(itemId: string): Promise<Scope | null> {
  const item = await db().formalChecklistItem.findUnique({
    where: { id: itemId },
    select: { competition: { select: { institutionId: true } } },
  });
  return item ? { institutionId: item.competition.institutionId } : null;
}
