// What the consultation report (sprawozdanie z konsultacji) says, gathered
// from the record: the consultation's data, participation figures and the
// table of every submitted remark with its decision and reason. Shared by the
// PDF and DOCX renderers and by the remarks export.
import { createTranslator } from "next-intl";
import { paragraphNumbers, unitCitation } from "@/lib/consultations/units";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { namedPerson, unlessErased } from "@/lib/accounts/erased-people";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";

export type ReportRow = {
  number: number;
  unit: string;
  currentWording: string;
  proposedWording: string;
  justification: string;
  submittedBy: string;
  decision: string;
  reason: string;
};

export type ReportFigures = {
  remarks: number;
  withdrawn: number;
  organisations: number;
  persons: number;
  accepted: number;
  partlyAccepted: number;
  notAccepted: number;
  unanswered: number;
};

export type ReportData = {
  title: string;
  heading: string;
  facts: { label: string; value: string }[];
  figuresText: string[];
  figures: ReportFigures;
  columns: string[];
  rows: ReportRow[];
  /** Answers corrected after the report was first published: who, when, why. */
  correctionsHeading: string;
  corrections: string[];
  footer: string;
};

/** Remarks of a consultation in report order: the text's order, general remarks last, then as they came. */
export async function reportRemarks(consultationId: string) {
  const remarks = await db().remark.findMany({
    where: { consultationId, state: "SUBMITTED" },
    select: {
      currentWording: true,
      proposedWording: true,
      justification: true,
      decision: true,
      decisionReason: true,
      authorId: true,
      author: namedPerson,
      organisation: { select: { name: true, krs: true } },
      unit: { select: { key: true, label: true, position: true } },
      corrections: {
        select: { previousDecision: true, decision: true, why: true, correctedByName: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: [{ unit: { position: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  return remarks.map((remark) => ({ ...remark, author: unlessErased(remark.author) }));
}

export async function loadReportData(
  consultationId: string,
  locale: Locale = "pl",
  now = new Date(),
): Promise<ReportData> {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "report", timeZone: TIME_ZONE });
  const consultation = await db().consultation.findUniqueOrThrow({
    where: { id: consultationId },
    include: {
      institution: { select: { name: true, officeName: true } },
      extensions: { orderBy: { createdAt: "asc" } },
      units: { select: { key: true, label: true }, orderBy: { position: "asc" } },
      _count: { select: { remarks: { where: { state: "WITHDRAWN" } } } },
    },
  });
  const remarks = await reportRemarks(consultationId);
  const numbers = paragraphNumbers(consultation.units);
  const formatter = dateTimeFormatter(locale);
  const when = (date: Date) => longDateTime(formatter, date);
  const decisions = { ACCEPTED: 0, PARTLY_ACCEPTED: 0, NOT_ACCEPTED: 0 };
  for (const remark of remarks) if (remark.decision) decisions[remark.decision] += 1;
  const figures: ReportFigures = {
    remarks: remarks.length,
    withdrawn: consultation._count.remarks,
    organisations: new Set(remarks.flatMap((r) => (r.organisation ? [r.organisation.name] : []))).size,
    persons: new Set(remarks.flatMap((r) => (r.authorId ? [r.authorId] : []))).size,
    accepted: decisions.ACCEPTED,
    partlyAccepted: decisions.PARTLY_ACCEPTED,
    notAccepted: decisions.NOT_ACCEPTED,
    unanswered: remarks.filter((r) => !r.decision).length,
  };
  const organiser = consultation.institution.officeName ?? consultation.institution.name;
  const facts = [
    { label: t("organiser"), value: organiser },
    { label: t("kind"), value: t(`kinds.${consultation.kind}`) },
    {
      label: t("period"),
      value: t("periodValue", { start: when(consultation.startsAt), end: when(consultation.endsAt) }),
    },
    ...consultation.extensions.map((extension) => ({
      label: t("extension"),
      value: t("extensionValue", {
        from: when(extension.previousEndsAt),
        to: when(extension.newEndsAt),
        reason: extension.reason,
      }),
    })),
    ...(consultation.legalBasis ? [{ label: t("legalBasis"), value: consultation.legalBasis }] : []),
    { label: t("audience"), value: t(`audiences.${consultation.audience}`) },
    {
      label: t("forms"),
      value: [
        t("formPlatform"),
        consultation.meetingAt || consultation.meetingPlace
          ? t("formMeeting", {
              when: consultation.meetingAt ? when(consultation.meetingAt) : "",
              place: consultation.meetingPlace ?? consultation.meetingUrl ?? "",
            })
          : null,
      ]
        .filter(Boolean)
        .join("; "),
    },
    ...(consultation.bipUrl ? [{ label: t("bip"), value: consultation.bipUrl }] : []),
  ];
  return {
    title: consultation.title,
    heading: t("heading"),
    facts,
    figures,
    figuresText: [
      t("figureRemarks", { count: figures.remarks }),
      t("figureParticipants", { organisations: figures.organisations, persons: figures.persons }),
      t("figureDecisions", { accepted: figures.accepted, partly: figures.partlyAccepted, not: figures.notAccepted }),
      ...(figures.withdrawn > 0 ? [t("figureWithdrawn", { count: figures.withdrawn })] : []),
      ...(figures.unanswered > 0 ? [t("figureUnanswered", { count: figures.unanswered })] : []),
    ],
    columns: [
      t("columns.number"),
      t("columns.unit"),
      t("columns.current"),
      t("columns.proposed"),
      t("columns.justification"),
      t("columns.submittedBy"),
      t("columns.decision"),
      t("columns.reason"),
    ],
    rows: remarks.map((remark, index) => ({
      number: index + 1,
      unit: remark.unit ? unitCitation(remark.unit, numbers, (number) => t("paragraph", { number })) : t("general"),
      currentWording: remark.currentWording ?? "",
      proposedWording: remark.proposedWording ?? "",
      justification: remark.justification ?? "",
      submittedBy: remark.organisation
        ? `${remark.organisation.name}${remark.organisation.krs ? ` (KRS ${remark.organisation.krs})` : ""}`
        : (remark.author?.name ?? t("deletedAuthor")),
      decision: remark.decision ? t(`decisions.${remark.decision}`) : t("unanswered"),
      reason: remark.decisionReason ?? "",
    })),
    correctionsHeading: t("correctionsHeading"),
    corrections: remarks.flatMap((remark, index) =>
      remark.corrections.map((correction) =>
        t("correction", {
          number: index + 1,
          when: when(correction.createdAt),
          who: correction.correctedByName,
          from: correction.previousDecision ? t(`decisions.${correction.previousDecision}`) : t("unanswered"),
          to: t(`decisions.${correction.decision}`),
          why: correction.why,
        }),
      ),
    ),
    footer: t("footer", { when: when(now) }),
  };
}
