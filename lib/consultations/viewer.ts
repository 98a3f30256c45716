// What a consultation's page shows to the person reading it, asked by the
// browser after the page loads (components/consultations/consultation-viewer.tsx).
// The page itself is the same for everyone, so it is served from the page
// cache to signed-in people too (lib/http/page-cache.ts, SHARED); only this
// small answer is worked out per person: whether they manage it, whether they
// may remark now and for whom, why not if they may not, and their own remarks.
// A consultation page of 300 units and 2,000 remarks took ~500 ms to render
// per signed-in request; this takes two or three small reads side by side.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { listOwnRemarks, type OwnRemark } from "@/lib/consultations/remarks/queries";
import { standingAmong } from "@/lib/consultations/remarks/standing";
import type { ConsultationViewer, RemarkContext, ViewerOwnRemark } from "@/lib/consultations/viewer-types";

export type { ConsultationViewer };

/** The signed-in person reading the page, as the session loads them (their name signs the remark form). */
export type PageViewer = Actor & { name: string };

const consultationSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  audience: true,
  institutionId: true,
} as const;

/** The reader's view of the consultation `consultationId`; null when there is none to show (no such one, or a draft). */
export async function consultationViewer(
  actor: PageViewer | null,
  consultationId: string,
  now = new Date(),
): Promise<ConsultationViewer | null> {
  // Asked on every view of the page, a visitor's too: one read for them.
  if (!actor) {
    const consultation = await db().consultation.findUnique({
      where: { id: consultationId },
      select: { status: true },
    });
    return consultation && consultation.status !== "DRAFT" ? { signedIn: false } : null;
  }
  const organisationIds = actor.organisations.map((membership) => membership.organisationId);
  const [consultation, ownRemarks, organisations] = await Promise.all([
    db().consultation.findUnique({ where: { id: consultationId }, select: consultationSelect }),
    listOwnRemarks(consultationId, actor.id),
    // Their organisations, once: those they act for (verified) and those still waiting (the standing).
    organisationIds.length === 0
      ? []
      : db().organisation.findMany({
          where: { id: { in: organisationIds } },
          orderBy: { name: "asc" },
          select: { id: true, slug: true, name: true, verifiedAt: true },
        }),
  ]);
  // The public page of a draft does not exist: its officials preview it in the account area.
  if (!consultation || consultation.status === "DRAFT") return null;
  const open = phaseAt(consultation, now) === "open";
  const allowSelf = consultation.audience === "ORGANISATIONS_AND_RESIDENTS";
  const actingFor = organisations
    .filter((o) => o.verifiedAt !== null && can(actor, "organisation.actFor", { organisationId: o.id }))
    .map(({ id, name }) => ({ id, name }));
  const context: RemarkContext = {
    consultationId: consultation.id,
    personName: actor.name,
    organisations: open ? actingFor : [],
    allowSelf,
  };
  const mayRemark = open && (allowSelf || actingFor.length > 0);
  return {
    signedIn: true,
    manages: can(actor, "consultations.manage", { institutionId: consultation.institutionId }),
    remarkContext: mayRemark ? context : null,
    standing:
      open && !mayRemark
        ? standingAmong(
            actor,
            consultation.institutionId,
            organisations.filter((o) => o.verifiedAt === null),
          )
        : null,
    own: { context, open, remarks: await citedRemarks(consultation.id, ownRemarks) },
  };
}

/**
 * The remarks as the viewer's answer carries them. A unit without a label is
 * cited by its paragraph number among the unlabelled ones ("Akapit 4"), which
 * takes the text's list of them: read only when such a remark is there.
 */
async function citedRemarks(consultationId: string, remarks: OwnRemark[]): Promise<ViewerOwnRemark[]> {
  const paragraphs = remarks.some((remark) => remark.unit && remark.unit.label === null)
    ? (
        await db().consultationUnit.findMany({
          where: { consultationId, label: null },
          orderBy: { position: "asc" },
          select: { key: true },
        })
      ).map((unit) => unit.key)
    : [];
  return remarks.map((remark) => ({
    id: remark.id,
    state: remark.state,
    unit: remark.unit && {
      key: remark.unit.key,
      label: remark.unit.label,
      paragraph: remark.unit.label === null ? paragraphs.indexOf(remark.unit.key) + 1 : null,
    },
    organisationName: remark.organisation?.name ?? null,
    currentWording: remark.currentWording,
    proposedWording: remark.proposedWording,
    justification: remark.justification,
    decision: remark.decision,
    decisionReason: remark.decisionReason,
    createdAt: remark.createdAt,
    editedAt: remark.editedAt,
    answerUnseen: remark.answeredAt !== null && remark.answerSeenAt === null,
  }));
}
