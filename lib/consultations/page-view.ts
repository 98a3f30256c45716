// Everything the public consultation page shows, gathered in one place: the
// page only renders it (section components in components/consultations), so
// which remarks, forms, notices and links a visitor gets is decided here and
// tested without rendering.
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { actingForOptions } from "@/lib/auth/acting-as";
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
import {
  listOwnRemarks,
  listUnitRemarks,
  remarkCountsByUnit,
  type OwnRemark,
  type PublicRemark,
} from "@/lib/consultations/remarks/queries";
import { remarkStanding, type RemarkStanding } from "@/lib/consultations/remarks/standing";
import { getReport } from "@/lib/consultations/report/queries";
import { splitIntoUnits, type SplitMode } from "@/lib/consultations/units";
import type { Locale } from "@/lib/i18n/locales";
import { ideasLeadingTo } from "@/lib/ideas/outcomes/queries";

/** The ?uwagi= value that lists the general remarks (on the whole document, no unit). */
export const GENERAL_REMARKS = "ogolne";

/** The signed-in person looking at the page (as the session loads them). */
export type PageViewer = Actor & { name: string };

/** Who is writing a remark and for whom they may write it (the remark form's context). */
export type RemarkContext = {
  consultationId: string;
  personName: string;
  organisations: { id: string; name: string }[];
  allowSelf: boolean;
};

/** A change made after the announcement, for the timeline (the page words it). */
export type TimelineChange =
  | { kind: "extended"; key: string; at: Date; previousEndsAt: Date; newEndsAt: Date; reason: string }
  | { kind: "documentAdded"; key: string; at: Date; title: string };

export type ConsultationPageView = {
  consultation: ConsultationPage;
  phase: ConsultationPhase;
  /** The viewer is an official of the organiser (the "manage" link, the draft preview). */
  manages: boolean;
  /** Whether remarks are public now (the consultation's publication rule). */
  remarksPublic: boolean;
  /** The public entries of the ideas board this consultation came from. */
  ideaOrigins: { slug: string; title: string }[];
  /** Submitted remarks per unit id (null: general), when remarks are public. */
  counts: Map<string | null, number> | null;
  /** The unit whose remarks are listed (from ?uwagi=key, GENERAL_REMARKS for the general ones), with them. */
  shown: { key: string; remarks: PublicRemark[] } | null;
  /** Set when the viewer may remark now. */
  remarkContext: RemarkContext | null;
  /** For a signed-in person who may not remark in an open consultation: why, in words that fit them. */
  standing: RemarkStanding | null;
  /** For a visitor in an open consultation: the sign-in link that brings them back here, in their language. */
  signIn: ReturnType<typeof signInReturningTo> | null;
  /** The signed-in person's own remarks, with the form context to edit them; null for a visitor. */
  own: { context: RemarkContext; open: boolean; remarks: OwnRemark[] } | null;
  /** The published report's file sizes, or null before it is published. */
  report: { publishedAt: Date; pdfSize: number; docxSize: number } | null;
  attachments: Awaited<ReturnType<typeof listAttachments>>;
  /** Extensions and documents added after the announcement, oldest first. */
  changes: TimelineChange[];
  /** The draft set against the adopted text, once the adopted text is published. */
  comparison: UnitComparison[] | null;
};

/**
 * The page of the consultation `slug` as `viewer` sees it, or null when there
 * is none for them (no such consultation, or a draft seen by someone other
 * than its institution's officials). `requestedRemarks` is the ?uwagi= value.
 */
export async function consultationPageView({
  slug,
  locale,
  viewer,
  requestedRemarks,
  now = new Date(),
}: {
  slug: string;
  locale: Locale;
  viewer: PageViewer | null;
  requestedRemarks: unknown;
  now?: Date;
}): Promise<ConsultationPageView | null> {
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) return null;
  const manages = can(viewer, "consultations.manage", { institutionId: consultation.institutionId });
  // A draft is seen only by its institution's officials (a preview).
  if (consultation.status === "DRAFT" && !manages) return null;
  const phase = phaseAt(consultation, now);
  const shownKey = shownRemarksKey(consultation, requestedRemarks);
  const shownUnitId =
    shownKey === GENERAL_REMARKS ? null : (consultation.units.find((unit) => unit.key === shownKey)?.id ?? null);
  const remarksPublic = remarksArePublic(consultation, now);
  const [counts, shownRemarks, ownRemarks, organisations, report, attachments, laterAttachments, ideaOrigins] =
    await Promise.all([
      remarksPublic ? remarkCountsByUnit(consultation.id) : null,
      remarksPublic && shownKey ? listUnitRemarks(consultation.id, shownUnitId) : [],
      viewer ? listOwnRemarks(consultation.id, viewer.id) : [],
      viewer && phase === "open" ? actingForOptions(viewer) : [],
      getReport(consultation.id),
      listAttachments(consultation.id),
      attachmentTimeline(consultation.id),
      // The entries of the ideas board this consultation came from (the link back).
      ideasLeadingTo({ consultationId: consultation.id }),
    ]);
  const allowSelf = consultation.audience === "ORGANISATIONS_AND_RESIDENTS";
  const remarkContext =
    viewer && phase === "open" && (allowSelf || organisations.length > 0)
      ? { consultationId: consultation.id, personName: viewer.name, organisations, allowSelf }
      : null;
  const standing =
    viewer && phase === "open" && !remarkContext ? await remarkStanding(viewer, consultation.institutionId) : null;
  return {
    consultation,
    phase,
    manages,
    ideaOrigins,
    remarksPublic,
    counts,
    shown: shownKey ? { key: shownKey, remarks: shownRemarks } : null,
    remarkContext,
    standing,
    signIn:
      phase === "open" && !viewer
        ? signInReturningTo({ pathname: "/consultations/[slug]", params: { slug: consultation.slug } }, locale)
        : null,
    own: viewer
      ? {
          // Outside an open consultation the form is not shown, but the list still needs who the person is.
          context: remarkContext ?? {
            consultationId: consultation.id,
            personName: viewer.name,
            organisations: [],
            allowSelf,
          },
          open: phase === "open",
          remarks: ownRemarks,
        }
      : null,
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
