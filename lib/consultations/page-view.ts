// Everything the public consultation page shows, gathered in one place: the
// page only renders it (section components in components/consultations), so
// which remarks, notices and links it has is decided here and tested without
// rendering. The page is the same for every reader (lib/http/page-cache.ts,
// SHARED), so nothing here knows who reads it: what concerns the reader (the
// manage link, the remark form, their own remarks) is asked by the browser
// from lib/consultations/viewer.ts. A draft has no public page; its officials
// preview it in the account area (consultationPreview).
import { can, type Actor } from "@/lib/auth/permissions";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import { compareUnits, type UnitComparison } from "@/lib/consultations/diff";
import { phaseAt, type ConsultationPhase } from "@/lib/consultations/lifecycle";
import {
  attachmentTimeline,
  getConsultationBySlug,
  listAttachments,
  type ConsultationPage,
} from "@/lib/consultations/queries";
import { remarksArePublic } from "@/lib/consultations/remarks/policy";
import { listUnitRemarks, remarkCountsByUnit, type PublicRemark } from "@/lib/consultations/remarks/queries";
import { getReport } from "@/lib/consultations/report/queries";
import { splitIntoUnits, type SplitMode } from "@/lib/consultations/units";
import type { Locale } from "@/lib/i18n/locales";
import { ideasLeadingTo } from "@/lib/ideas/outcomes/queries";

/** The ?uwagi= value that lists the general remarks (on the whole document, no unit). */
export const GENERAL_REMARKS = "ogolne";

/** A change made after the announcement, for the timeline (the page words it). */
export type TimelineChange =
  | { kind: "extended"; key: string; at: Date; previousEndsAt: Date; newEndsAt: Date; reason: string }
  | { kind: "documentAdded"; key: string; at: Date; title: string };

export type ConsultationPageView = {
  consultation: ConsultationPage;
  phase: ConsultationPhase;
  /** Whether remarks are public now (the consultation's publication rule). */
  remarksPublic: boolean;
  /** The public entries of the ideas board this consultation came from. */
  ideaOrigins: { slug: string; title: string }[];
  /** Submitted remarks per unit id (null: general), when remarks are public. */
  counts: Map<string | null, number> | null;
  /** The unit whose remarks are listed (from ?uwagi=key, GENERAL_REMARKS for the general ones), with them. */
  shown: { key: string; remarks: PublicRemark[] } | null;
  /** In an open consultation: the sign-in link that brings a visitor back here, in their language (the browser shows it to visitors). */
  signIn: ReturnType<typeof signInReturningTo> | null;
  /** Whether only organisations remark here (the invitation to sign in says so first). */
  remarksByOrganisations: boolean;
  /** The published report's file sizes, or null before it is published. */
  report: { publishedAt: Date; pdfSize: number; docxSize: number } | null;
  attachments: Awaited<ReturnType<typeof listAttachments>>;
  /** Extensions and documents added after the announcement, oldest first. */
  changes: TimelineChange[];
  /** The draft set against the adopted text, once the adopted text is published. */
  comparison: UnitComparison[] | null;
};

/**
 * The public page of the consultation `slug`, the same for every reader, or
 * null when there is none (no such consultation, or a draft: not public).
 * `requestedRemarks` is the ?uwagi= value.
 */
export async function consultationPageView({
  slug,
  locale,
  requestedRemarks,
  now = new Date(),
}: {
  slug: string;
  locale: Locale;
  requestedRemarks: unknown;
  now?: Date;
}): Promise<ConsultationPageView | null> {
  const consultation = await getConsultationBySlug(slug);
  if (!consultation || consultation.status === "DRAFT") return null;
  return viewOf(consultation, { locale, requestedRemarks, now });
}

/**
 * A draft as its page will be once published, for its institution's officials
 * only (the account area's preview): the caller has checked that `actor`
 * manages it, and this checks again, so no one else is ever given a draft.
 */
export async function consultationPreview(
  actor: Actor,
  consultation: ConsultationPage,
  locale: Locale,
  now = new Date(),
): Promise<ConsultationPageView | null> {
  if (!can(actor, "consultations.manage", { institutionId: consultation.institutionId })) return null;
  return viewOf(consultation, { locale, requestedRemarks: undefined, now });
}

async function viewOf(
  consultation: ConsultationPage,
  { locale, requestedRemarks, now }: { locale: Locale; requestedRemarks: unknown; now: Date },
): Promise<ConsultationPageView> {
  const phase = phaseAt(consultation, now);
  const shownKey = shownRemarksKey(consultation, requestedRemarks);
  const shownUnitId =
    shownKey === GENERAL_REMARKS ? null : (consultation.units.find((unit) => unit.key === shownKey)?.id ?? null);
  const remarksPublic = remarksArePublic(consultation, now);
  const [counts, shownRemarks, report, attachments, laterAttachments, ideaOrigins] = await Promise.all([
    remarksPublic ? remarkCountsByUnit(consultation.id) : null,
    remarksPublic && shownKey ? listUnitRemarks(consultation.id, shownUnitId) : [],
    getReport(consultation.id),
    listAttachments(consultation.id),
    attachmentTimeline(consultation.id),
    // The entries of the ideas board this consultation came from (the link back).
    ideasLeadingTo({ consultationId: consultation.id }),
  ]);
  return {
    consultation,
    phase,
    ideaOrigins,
    remarksPublic,
    counts,
    shown: shownKey ? { key: shownKey, remarks: shownRemarks } : null,
    signIn:
      phase === "open"
        ? signInReturningTo({ pathname: "/consultations/[slug]", params: { slug: consultation.slug } }, locale)
        : null,
    remarksByOrganisations: consultation.audience === "ORGANISATIONS",
    report: report?.publishedAt
      ? {
          publishedAt: report.publishedAt,
          pdfSize: report.pdfFile?.size ?? 0,
          docxSize: report.docxFile?.size ?? 0,
        }
      : null,
    attachments,
    changes: timelineChanges(consultation, laterAttachments),
    comparison:
      consultation.finalText && consultation.finalPublishedAt
        ? compareUnits(
            splitIntoUnits(consultation.sourceText, consultation.splitMode as SplitMode),
            splitIntoUnits(consultation.finalText, (consultation.finalSplitMode ?? "auto") as SplitMode),
          )
        : null,
  };
}

/** The ?uwagi= value when it names a unit of this consultation or the general remarks; anything else lists none. */
function shownRemarksKey(consultation: ConsultationPage, requested: unknown): string | null {
  if (typeof requested !== "string") return null;
  return requested === GENERAL_REMARKS || consultation.units.some((unit) => unit.key === requested) ? requested : null;
}

/** Changes after the announcement, in the order they were made. */
function timelineChanges(
  consultation: ConsultationPage,
  laterAttachments: { id: string; title: string; createdAt: Date }[],
): TimelineChange[] {
  return [
    ...consultation.extensions.map((extension): TimelineChange => ({
      kind: "extended",
      key: extension.id,
      at: extension.createdAt,
      previousEndsAt: extension.previousEndsAt,
      newEndsAt: extension.newEndsAt,
      reason: extension.reason,
    })),
    ...laterAttachments.map((attachment): TimelineChange => ({
      kind: "documentAdded",
      key: attachment.id,
      at: attachment.createdAt,
      title: attachment.title,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
}
