// The words of a results notice (design §6.2), in Polish (the statutory
// language of the act), built once from the record and laid out by both
// notice-pdf.ts (for the platform) and notice-docx.ts (for the office's BIP
// editor), so the two never say different things: per task the applicants,
// the offer's title and the grant (art. 15 ust. 2h-2i UDPP), the unfunded and
// rejected offers when the office lists them, annulled tasks with their
// art. 18a ground, and the 30-day reasons sentence (ust. 2j).
import { createTranslator } from "next-intl";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { messagesFor } from "@/lib/i18n/messages";
import { formatPln } from "@/lib/offers/calc/money";
import { db } from "@/lib/db/client";
import { snapshotRule } from "@/lib/legal-rules/snapshot";

export type NoticeTable = { caption: string; header: string[]; rows: string[][]; widths: number[] };
export type NoticeBlock = { heading: string; lines: string[]; tables: NoticeTable[] };
export type NoticeDocument = {
  title: string;
  fileName: string;
  office: string;
  reference: string | null;
  heading: string;
  subtitle: string;
  intro: string[];
  blocks: NoticeBlock[];
  closing: string[];
};

async function readNotice(noticeId: string) {
  return db().resultsNotice.findUnique({
    where: { id: noticeId },
    select: {
      kind: true,
      publishedAt: true,
      note: true,
      competition: {
        select: {
          slug: true,
          title: true,
          reference: true,
          publishedAt: true,
          rulesSnapshot: true,
          resultsListUnfunded: true,
          institution: { select: { name: true, officeName: true } },
          tasks: {
            orderBy: { position: "asc" },
            select: {
              number: true,
              kindName: true,
              pool: true,
              decision: { select: { outcome: true, annulmentGround: true, reason: true, actReference: true } },
              offerDecisions: {
                orderBy: [{ amount: { sort: "desc", nulls: "last" } }, { offer: { submittedAt: "asc" } }],
                select: {
                  outcome: true,
                  amount: true,
                  offer: {
                    select: {
                      title: true,
                      leadOrganisation: { select: { name: true } },
                      coApplicants: {
                        orderBy: { position: "asc" },
                        select: { organisation: { select: { name: true } } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
}

/** The notice's words; null when there is no such notice. */
export async function noticeDocument(noticeId: string): Promise<NoticeDocument | null> {
  const notice = await readNotice(noticeId);
  if (!notice) return null;
  const t = createTranslator({ locale: "pl", messages: messagesFor("pl"), namespace: "competitionDecision.notice" });
  const { competition } = notice;
  const since = competition.publishedAt ?? notice.publishedAt;
  const citation = String(await snapshotRule(competition.rulesSnapshot, "udpp.citation", since));
  const days = Number(await snapshotRule(competition.rulesSnapshot, "competition.reasonsRequestDays", since));
  const office = competition.institution.officeName ?? competition.institution.name;
  const pln = (value: bigint) => formatPln(Number(value), "pl");
  const applicants = (offer: {
    leadOrganisation: { name: string };
    coApplicants: { organisation: { name: string } }[];
  }) => [offer.leadOrganisation.name, ...offer.coApplicants.map((c) => c.organisation.name)].join(", ");

  const blocks = competition.tasks.map((task): NoticeBlock => {
    const heading = t("task", { number: task.number, kind: task.kindName });
    const lines = [t("pool", { amount: pln(task.pool) })];
    const decision = task.decision;
    if (decision?.actReference) lines.push(t("act", { act: decision.actReference }));
    if (decision?.outcome === "ANNULLED") {
      lines.push(t(`annulled.${decision.annulmentGround ?? "NO_VALID_OFFER"}`));
      if (decision.reason) lines.push(t("reason", { reason: decision.reason }));
      return { heading, lines, tables: [] };
    }
    const funded = task.offerDecisions.filter((d) => d.outcome === "FUNDED");
    const others = task.offerDecisions.filter((d) => d.outcome !== "FUNDED");
    const tables: NoticeTable[] = [];
    if (funded.length === 0) lines.push(t("noneFunded", { reason: decision?.reason || "–" }));
    else
      tables.push({
        caption: t("fundedCaption", { number: task.number }),
        header: [t("columns.lp"), t("columns.applicants"), t("columns.title"), t("columns.amount")],
        widths: [30, 180, 200, 110],
        rows: funded.map((d, i) => [String(i + 1), applicants(d.offer), d.offer.title, pln(d.amount ?? 0n)]),
      });
    if (competition.resultsListUnfunded && others.length > 0)
      tables.push({
        caption: t("unfundedCaption", { number: task.number }),
        header: [t("columns.lp"), t("columns.applicants"), t("columns.title"), t("columns.outcome")],
        widths: [30, 180, 200, 110],
        rows: others.map((d, i) => [String(i + 1), applicants(d.offer), d.offer.title, t(`outcomes.${d.outcome}`)]),
      });
    return { heading, lines, tables };
  });

  const kindTitle = t(`titles.${notice.kind}`);
  return {
    title: `${kindTitle}: ${competition.title}`,
    fileName: `wyniki-${competition.slug}`.slice(0, 90),
    office,
    reference: competition.reference,
    heading: kindTitle,
    subtitle: competition.title,
    intro: [
      t("intro", { office, title: competition.title, citation }),
      ...(notice.kind === "CORRECTION" && notice.note ? [t("correction", { note: notice.note })] : []),
    ],
    blocks,
    closing: [
      t("reasons", { days }),
      t("published", { when: longDateTime(dateTimeFormatter("pl"), notice.publishedAt) }),
    ],
  };
}
