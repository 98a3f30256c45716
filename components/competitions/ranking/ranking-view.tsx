import { getFormatter, getTranslations } from "next-intl/server";
import { CloseForm } from "@/components/competitions/ranking/close-form";
import { ProposalsBoard } from "@/components/competitions/ranking/proposals-board";
import { ReopenForm } from "@/components/competitions/ranking/reopen-form";
import { Alert } from "@/components/ui/alert";
import { Table, Td, Th } from "@/components/ui/table";
import type { RankingView as View } from "@/lib/competitions/evaluation/ranking-view";
import { longDateTime } from "@/lib/i18n/date-time";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";

/**
 * One task's ranking: the tasks to switch between, the commission's state and
 * protocol, the ranking table (averages, ranges, divergence), then the chair's
 * proposals with the live pool, the close, or the office's reopening.
 */
export async function RankingSections({ view, locale }: { view: View; locale: string }) {
  const t = await getTranslations("evaluation.ranking");
  const format = await getFormatter();
  const { commission, task } = view;
  const slug = view.competition.slug;
  // The chair works only on offers they declared no conflict on (the others' rows are hidden to them).
  const boardRows = view.rows.filter((row) => !row.hidden);
  const protocolHref = (kind: "pdf" | "docx") => `/api/competitions/${view.competition.id}/protocol?format=${kind}`;
  return (
    <>
      {view.tasks.length > 1 && (
        <nav aria-label={t("taskNav")} className="mt-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {view.tasks.map((item) => (
              <li key={item.number}>
                <Link
                  href={{ pathname: "/competitions/[slug]/ranking", params: { slug }, query: { task: item.number } }}
                  aria-current={item.current ? "page" : undefined}
                  className={`underline ${item.current ? "font-bold" : ""}`}
                >
                  {t("taskLink", { number: item.number, name: item.kindName })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="mt-4">
        {commission.status === "CLOSED" && commission.closedAt
          ? t("closedAt", { date: longDateTime(format, commission.closedAt) })
          : t("active")}
      </p>
      {commission.reopenedAt && (
        <p className="mt-1 text-slate-700">
          {t("reopenedAt", {
            date: longDateTime(format, commission.reopenedAt),
            reason: commission.reopenReason ?? "",
          })}
        </p>
      )}
      <p className="mt-1 text-slate-700">
        {t("settings", {
          threshold: commission.thresholdBp / 100,
          minCards: commission.minVotingCards,
          max: task.maxPoints,
        })}
      </p>
      {!view.reader.seesAllScores && <Alert tone="info">{t("memberNote")}</Alert>}
      <h2 className="mt-8 text-2xl font-bold">{t("taskHeading", { number: task.number, name: task.kindName })}</h2>
      {view.rows.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <Table caption={t("caption", { number: task.number })} stacked>
          <thead>
            <tr role="row">
              <Th role="columnheader">{t("columns.rank")}</Th>
              <Th role="columnheader">{t("columns.offer")}</Th>
              <Th role="columnheader">{t("columns.requested")}</Th>
              <Th role="columnheader">{t("columns.score")}</Th>
              <Th role="columnheader">{t("columns.cards")}</Th>
              <Th role="columnheader">{t("columns.range")}</Th>
              <Th role="columnheader">{t("columns.state")}</Th>
              <Th role="columnheader">{t("columns.proposed")}</Th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.offerId} role="row">
                <Td label={t("columns.rank")}>{row.rank ?? "—"}</Td>
                <Td label={t("columns.offer")}>
                  <span className="font-semibold">{row.title}</span>
                  <br />
                  <span className="text-sm">{row.applicants.join(", ")}</span>
                </Td>
                <Td label={t("columns.requested")}>{formatPln(row.requested, locale)}</Td>
                <Td label={t("columns.score")}>
                  {row.conflicted
                    ? t("conflicted")
                    : row.hidden
                      ? t("hidden")
                      : row.score === null
                        ? t("noCards")
                        : t("points", { points: row.score })}
                  {row.belowThreshold && <span className="block text-sm">{t("belowThreshold")}</span>}
                </Td>
                <Td label={t("columns.cards")}>{row.cards ?? "—"}</Td>
                <Td label={t("columns.range")}>{row.range ? `${row.range.min}–${row.range.max}` : "—"}</Td>
                <Td label={t("columns.state")}>
                  {row.divergent && (
                    <span className="block font-semibold text-red-800">
                      {row.resolution ? t(`resolved.${row.resolution}`) : t("divergent")}
                    </span>
                  )}
                  {row.attention && <span className="block">{t(`attention.${row.attention}`)}</span>}
                </Td>
                <Td label={t("columns.proposed")}>
                  {row.proposed === null ? "—" : formatPln(row.proposed, locale)}
                  {row.cutReason && <span className="block text-sm">{row.cutReason}</span>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {view.reader.mayChair && boardRows.length > 0 && (
        <ProposalsBoard
          rows={boardRows}
          pool={view.pool.pool}
          heldElsewhere={view.pool.allocated - boardRows.reduce((sum, row) => sum + (row.proposed ?? 0), 0)}
          maxPoints={task.maxPoints}
          locale={locale}
        />
      )}
      {!view.reader.mayChair && (
        <p className="mt-4">
          {t("poolSummary", {
            pool: formatPln(view.pool.pool, locale),
            allocated: formatPln(view.pool.allocated, locale),
            remaining: formatPln(view.pool.remaining, locale),
          })}
        </p>
      )}
      {view.reader.mayDownloadProtocol && (
        <section aria-labelledby="protocol-heading" className="mt-10">
          <h2 id="protocol-heading" className="text-2xl font-bold">
            {t("protocol.heading")}
          </h2>
          <p className="mt-2">{commission.status === "CLOSED" ? t("protocol.stored") : t("protocol.draft")}</p>
          {commission.protocolChecksum && commission.status === "CLOSED" && (
            <p className="mt-1 text-sm">
              {t("protocol.checksum", { checksum: commission.protocolChecksum.slice(0, 12) })}
            </p>
          )}
          <ul className="mt-2 list-disc pl-6">
            <li>
              <a href={protocolHref("pdf")} className="underline">
                {t("protocol.pdf")}
              </a>
            </li>
            <li>
              <a href={protocolHref("docx")} className="underline">
                {t("protocol.docx")}
              </a>
            </li>
          </ul>
        </section>
      )}
      {view.reader.mayChair && (
        <section aria-labelledby="close-heading" className="mt-10">
          <h2 id="close-heading" className="text-2xl font-bold">
            {t("close.heading")}
          </h2>
          {view.closeBlockers.length > 0 ? (
            <>
              <p className="mt-2">{t("close.blockers", { count: view.closeBlockers.length })}</p>
              <ul className="mt-2 list-disc pl-6">
                {view.closeBlockers.map((item) => (
                  <li key={item.offerId}>
                    <Link
                      href={{
                        pathname: "/competitions/[slug]/ranking",
                        params: { slug },
                        query: { task: item.taskNumber },
                      }}
                      className="underline"
                    >
                      {t("close.blocker", { task: item.taskNumber, title: item.title })}
                    </Link>
                    {": "}
                    {t(`attention.${item.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-2">{t("close.ready")}</p>
          )}
          <CloseForm competitionId={view.competition.id} withoutNgo={commission.withoutNgo} />
        </section>
      )}
      {view.reader.mayReopen && (
        <section aria-labelledby="reopen-heading" className="mt-10">
          <h2 id="reopen-heading" className="text-2xl font-bold">
            {t("reopen.heading")}
          </h2>
          <p className="mt-2">{t("reopen.intro")}</p>
          <ReopenForm competitionId={view.competition.id} />
        </section>
      )}
    </>
  );
}
