"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { PoolMeter } from "@/components/competitions/ranking/pool-meter";
import { ProposalForm } from "@/components/competitions/ranking/proposal-form";
import { ResolutionForm } from "@/components/competitions/ranking/resolution-form";
import { poolState } from "@/lib/competitions/evaluation/calc/pool";
import type { RankingRow } from "@/lib/competitions/evaluation/ranking-view";
import { formatPln } from "@/lib/offers/calc/money";

export type BoardRow = Pick<
  RankingRow,
  | "offerId"
  | "title"
  | "rank"
  | "requested"
  | "divergent"
  | "resolution"
  | "resolutionNote"
  | "agreedScore"
  | "proposed"
  | "cutReason"
  | "opinion"
  | "recommended"
  | "revision"
>;

/**
 * The chair's work on one task: the pool (recomputed from what is typed in
 * every offer's amount, before anything is saved), and per offer in ranking
 * order the divergence resolution where needed and the proposal. Offers the
 * chair has a conflict on are not on the board; what is proposed for them
 * still counts against the pool (`heldElsewhere`, their total only).
 */
export function ProposalsBoard({
  rows,
  pool,
  heldElsewhere = 0,
  maxPoints,
  locale,
}: {
  rows: BoardRow[];
  pool: number;
  heldElsewhere?: number;
  maxPoints: string;
  locale: string;
}) {
  const t = useTranslations("evaluation.ranking");
  const [typed, setTyped] = useState<Record<string, number | null>>({});
  const onAmountChange = useCallback(
    (offerId: string, grosze: number | null) =>
      setTyped((current) => (current[offerId] === grosze ? current : { ...current, [offerId]: grosze })),
    [],
  );
  const state = useMemo(
    () =>
      poolState(pool, [
        heldElsewhere,
        ...rows.map((row) => (row.offerId in typed ? typed[row.offerId]! : row.proposed)),
      ]),
    [pool, heldElsewhere, rows, typed],
  );
  return (
    <section aria-labelledby="proposals-heading" className="mt-8">
      <h2 id="proposals-heading" className="text-2xl font-bold">
        {t("proposal.heading")}
      </h2>
      <p className="mt-2 text-slate-700">{t("proposal.intro")}</p>
      <PoolMeter state={state} locale={locale} />
      {rows.map((row) => (
        <article
          key={row.offerId}
          aria-labelledby={`offer-${row.offerId}`}
          className="mt-6 border-t-2 border-slate-300 pt-4"
        >
          <h3 id={`offer-${row.offerId}`} className="text-xl font-semibold">
            {row.rank === null ? row.title : t("proposal.offerHeading", { rank: row.rank, title: row.title })}
          </h3>
          <p className="text-slate-700">{t("proposal.requested", { amount: formatPln(row.requested, locale) })}</p>
          {row.divergent && (
            <details className="mt-2" open={row.resolution === null}>
              <summary className="cursor-pointer font-semibold">{t("resolution.heading")}</summary>
              <ResolutionForm
                offerId={row.offerId}
                resolution={row.resolution}
                note={row.resolutionNote}
                agreedScore={row.agreedScore}
                maxPoints={maxPoints}
              />
            </details>
          )}
          <ProposalForm
            offerId={row.offerId}
            revision={row.revision}
            requested={row.requested}
            proposed={row.proposed}
            cutReason={row.cutReason}
            opinion={row.opinion}
            recommended={row.recommended}
            onAmountChange={onAmountChange}
          />
        </article>
      ))}
    </section>
  );
}
