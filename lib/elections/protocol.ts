// The election protocol (protokół z wyborów) as PDF, made from the record
// whenever it is asked for: the count is final once made, so every copy is
// the same. Polish letters render (DejaVu Sans, lib/pdf/document.ts).
import { createTranslator } from "next-intl";
import { db } from "@/lib/db/client";
import type { StoredResult } from "@/lib/elections/results";
import type { Locale } from "@/lib/i18n/locales";
import { candidateOutcome } from "@/lib/elections/standing";
import { messagesFor } from "@/lib/i18n/messages";
import { createPdf, drawTable } from "@/lib/pdf/document";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";

export async function renderProtocolPdf(
  electionId: string,
  locale: Locale,
): Promise<{ pdf: Uint8Array; slug: string } | null> {
  const election = await db().election.findUnique({
    where: { id: electionId },
    include: { institution: { select: { name: true, officeName: true } }, areas: { orderBy: { position: "asc" } } },
  });
  if (!election?.countedAt || !election.result) return null;
  const result = election.result as unknown as StoredResult;
  const candidates = await db().nomination.findMany({
    where: { electionId, state: "ACCEPTED" },
    select: { id: true, candidateName: true, areaId: true, organisation: { select: { name: true, krs: true } } },
  });
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "protocol" });
  const formatter = dateTimeFormatter(locale);
  const when = (date: Date) => longDateTime(formatter, date);
  const areaName = new Map(election.areas.map((area) => [area.id, area.name]));
  const name = new Map(candidates.map((candidate) => [candidate.id, candidate.candidateName]));
  const ranked = [...candidates].sort(
    (a, b) =>
      (result.votes[b.id] ?? 0) - (result.votes[a.id] ?? 0) || a.candidateName.localeCompare(b.candidateName, "pl"),
  );
  const turnout =
    result.eligible > 0
      ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
          result.cast / result.eligible,
        )
      : "–";

  const { doc, finish } = createPdf({ title: `${t("heading")}: ${election.title}`, subject: t("heading") });
  const text = (value: string, options: { bold?: boolean; size?: number } = {}) =>
    doc
      .font(options.bold ? "bold" : "regular")
      .fontSize(options.size ?? 10)
      .text(value);
  const fact = (label: string, value: string) =>
    doc.font("bold").fontSize(10).text(`${label}: `, { continued: true }).font("regular").text(value);

  doc.font("bold").fontSize(16).text(t("heading"), { align: "center" });
  doc.moveDown(0.3).fontSize(12).text(election.councilName, { align: "center" });
  doc.moveDown();
  fact(t("election"), election.title);
  fact(t("organiser"), election.institution.officeName ?? election.institution.name);
  if (election.legalBasis) fact(t("legalBasis"), election.legalBasis);
  fact(t("voting"), `${when(election.votingStartAt)} – ${when(election.votingEndAt)}`);
  if (election.registryFrozenAt) fact(t("registryFrozen"), when(election.registryFrozenAt));
  fact(t("counted"), when(election.countedAt));
  doc.moveDown();
  text(t("figures", { eligible: result.eligible, cast: result.cast, turnout }));
  text(t("rules", { seats: election.seats, votes: election.votesPerBallot }));
  doc.moveDown();

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  drawTable(
    doc,
    [28, 130, 170, 80, 45, width - 453],
    [
      t("columns.number"),
      t("columns.candidate"),
      t("columns.organisation"),
      t("columns.area"),
      t("columns.votes"),
      t("columns.outcome"),
    ],
    ranked.map((candidate, index) => [
      String(index + 1),
      candidate.candidateName,
      `${candidate.organisation.name}${candidate.organisation.krs ? ` (KRS ${candidate.organisation.krs})` : ""}`,
      candidate.areaId ? (areaName.get(candidate.areaId) ?? "") : "–",
      String(result.votes[candidate.id] ?? 0),
      t(candidateOutcome(result, candidate.id)),
    ]),
  );
  doc.moveDown();
  doc.x = doc.page.margins.left;
  text(t("electedHeading"), { bold: true });
  for (const group of result.groups) {
    const prefix = group.areaId ? `${areaName.get(group.areaId) ?? ""}: ` : "";
    text(`${prefix}${group.elected.map((id) => name.get(id) ?? id).join(", ") || t("nobody")}`);
  }
  if (result.ties.length > 0) {
    doc.moveDown();
    text(t("tiesHeading"), { bold: true });
    for (const tie of result.ties) {
      const names = tie.candidates.map((id) => name.get(id) ?? id).join(", ");
      text(
        tie.resolution === "draw"
          ? t("tieDrawn", {
              candidates: names,
              seats: tie.seats,
              drawn: tie.drawn.map((id) => name.get(id) ?? id).join(", "),
            })
          : t("tieFurtherRound", { candidates: names, seats: tie.seats }),
      );
    }
  }
  doc.moveDown();
  text(t("integrityHeading"), { bold: true });
  text(t("seed", { seed: election.drawSeed ?? "" }), { size: 8 });
  text(t("head", { head: result.head, entries: result.cast }), { size: 8 });
  text(t("verify"), { size: 8 });
  doc.moveDown();
  text(t("footer", { when: when(new Date()) }), { size: 8 });
  return { pdf: await finish(), slug: election.slug };
}
