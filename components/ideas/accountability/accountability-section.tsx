import { useFormatter, useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import { Link } from "@/lib/i18n/navigation";
import type { AccountabilityView } from "@/lib/ideas/accountability/queries";
import type { MonthFigures } from "@/lib/ideas/accountability/figures";

const CHART = { width: 360, height: 160, top: 10, bottom: 24, left: 24 } as const;

/** A stacked bar per month: answered on time (below) and late or unanswered (above); the table says the same. */
function MonthChart({ months, label }: { months: MonthFigures[]; label: (month: string) => string }) {
  const t = useTranslations("ideaAnswers.accountability");
  const max = Math.max(1, ...months.map((m) => m.due));
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const slot = (CHART.width - CHART.left) / months.length;
  const barWidth = slot * 0.6;
  const y = (value: number) => CHART.top + plotHeight - (value / max) * plotHeight;
  return (
    <svg
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      className="mt-2 w-full max-w-xl"
      role="img"
      aria-labelledby="idea-accountability-chart-title idea-accountability-chart-desc"
    >
      <title id="idea-accountability-chart-title">{t("chartTitle")}</title>
      <desc id="idea-accountability-chart-desc">{t("chartDescription")}</desc>
      <line x1={CHART.left} x2={CHART.width} y1={y(0)} y2={y(0)} stroke="#334155" />
      <text x={CHART.left - 4} y={y(max) + 4} textAnchor="end" fontSize="10" fill="#1e293b">
        {max}
      </text>
      <text x={CHART.left - 4} y={y(0)} textAnchor="end" fontSize="10" fill="#1e293b">
        0
      </text>
      {months.map((month, index) => {
        const x = CHART.left + index * slot + (slot - barWidth) / 2;
        return (
          <g key={month.month}>
            <rect x={x} y={y(month.onTime)} width={barWidth} height={y(0) - y(month.onTime)} fill="#166534" />
            <rect
              x={x}
              y={y(month.due)}
              width={barWidth}
              height={y(month.onTime) - y(month.due)}
              fill="#b91c1c"
              stroke="#7f1d1d"
            />
            <text x={x + barWidth / 2} y={CHART.height - 8} textAnchor="middle" fontSize="9" fill="#1e293b">
              {label(month.month)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The office's accountability on its public page: entries addressed to it,
 * median time to a first answer, share answered within the deadline over the
 * last 12 months (defined in lib/ideas/accountability/figures.ts), a chart per
 * month with the same numbers in a table, and a link to the office's entries.
 */
export function AccountabilitySection({ view }: { view: AccountabilityView }) {
  const t = useTranslations("ideaAnswers.accountability");
  const format = useFormatter();
  const { figures } = view;
  const monthDate = (month: string) => new Date(`${month}-15T12:00:00Z`);
  const shortMonth = (month: string) =>
    format.dateTime(monthDate(month), { month: "short", timeZone: "Europe/Warsaw" });
  const longMonth = (month: string) =>
    format.dateTime(monthDate(month), { month: "long", year: "numeric", timeZone: "Europe/Warsaw" });
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="idea-accountability-heading" className="mt-8">
      <h2 id="idea-accountability-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">
        {t("window", { from: longMonth(figures.months[0]!.month), to: longMonth(figures.months[11]!.month) })}
      </p>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("addressed")}</dt>
        <dd>{format.number(figures.addressed)}</dd>
        <dt className="font-semibold">{t("median")}</dt>
        <dd>
          {figures.medianDaysToAnswer === null
            ? t("noAnswers")
            : t("days", { days: figures.medianDaysToAnswer, formatted: format.number(figures.medianDaysToAnswer) })}
        </dd>
        <dt className="font-semibold">{t("onTimeShare")}</dt>
        <dd>
          {figures.onTimeShare === null
            ? t("noDeadlines")
            : t("onTimeOf", { share: percent(figures.onTimeShare), onTime: figures.onTime, judged: figures.judged })}
        </dd>
        <dt className="font-semibold">{t("waiting")}</dt>
        <dd>{t("waitingNow", { waiting: view.waiting, overdue: view.overdue })}</dd>
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold">{t("definitionsSummary")}</summary>
        <p className="mt-2">{t("definitions")}</p>
      </details>
      <h3 className="mt-6 text-xl font-semibold" id="idea-accountability-months">
        {t("monthsHeading")}
      </h3>
      <MonthChart months={figures.months} label={shortMonth} />
      <p className="text-sm">
        <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-green-800" /> {t("legendOnTime")}{" "}
        <span aria-hidden="true" className="mr-1 ml-4 inline-block h-3 w-3 bg-red-700" /> {t("legendLate")}
      </p>
      <Table caption={t("tableCaption")}>
        <thead>
          <tr>
            <th scope="col">{t("month")}</th>
            <th scope="col">{t("due")}</th>
            <th scope="col">{t("legendOnTime")}</th>
            <th scope="col">{t("legendLate")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{longMonth(month.month)}</th>
              <td>{month.due}</td>
              <td>{month.onTime}</td>
              <td>{month.late}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mt-4">
        <Link href={{ pathname: "/ideas", query: { office: view.institutionId } }}>{t("allEntries")}</Link>
      </p>
    </section>
  );
}
