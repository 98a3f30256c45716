"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { fieldId, problemsId } from "@/components/offers/checks/field-ids";
import { FieldProblems, useFieldProblems } from "@/components/offers/checks/field-problems";
import { useOfferProblems } from "@/components/offers/checks/offer-checks";
import { formatAmount, parseAmount } from "@/components/offers/costs/formats";
import { NumberInput } from "@/components/offers/costs/number-input";
import { statutory } from "@/components/offers/costs/statutory";
import { cellClassName, headClassName, ScrollTable } from "@/components/offers/costs/table-parts";
import type { SplitTotals } from "@/lib/offers/calc/joint-split";
import type { JointSplitSection, OfferTemplate } from "@/lib/offers/document/schema";
import { templateField } from "@/lib/offers/template/templates";

export type SplitApplicant = { organisationId: string; name: string };

/** One year's difference between the V.A total and the applicants' shares: the target of JOINT_SPLIT_MISMATCH. */
function DifferenceCell({ year, difference }: { year: number; difference: number }) {
  const locale = useLocale();
  const { describedBy } = useFieldProblems(`jointSplit.${year}`);
  return (
    <td
      id={fieldId(`jointSplit.${year}`)}
      aria-describedby={describedBy}
      className={`${cellClassName} text-right whitespace-nowrap ${difference === 0 ? "" : "font-bold text-red-800"}`}
    >
      {formatAmount(difference, locale)}
    </td>
  );
}

/**
 * V.C (joint offers): each applicant's share of the costs per year is typed;
 * per year the shares must add up to that year's V.A total. The difference
 * per year is shown as one types, and checkOffer names the years that do not
 * add up (JOINT_SPLIT_MISMATCH, under the table).
 */
export function JointSplitTable({
  template,
  split,
  applicants,
  totals,
  expected,
  readOnly,
  headingLevel,
  intro,
  onChange,
}: {
  template: OfferTemplate;
  split: JointSplitSection;
  applicants: readonly SplitApplicant[];
  totals: SplitTotals;
  /** The V.A total per year (the order of totals.years) and over all years. */
  expected: { perYear: readonly number[]; total: number };
  readOnly: boolean;
  headingLevel: 3 | 4;
  intro?: ReactNode;
  onChange: (split: JointSplitSection) => void;
}) {
  const t = useTranslations("offerCosts");
  const locale = useLocale();
  const base = useId();
  const years = totals.years;
  const yearProblems = new Set(
    (useOfferProblems() ?? [])
      .filter((problem) => problem.path.startsWith("jointSplit."))
      .map((p) => Number(p.path.slice(11))),
  );
  const heading = templateField(template, "jointSplit", "heading");
  const setShare = (organisationId: string, year: number, value: number | undefined) => {
    const { [String(year)]: _, ...others } = split[organisationId] ?? {};
    onChange({ ...split, [organisationId]: value === undefined ? others : { ...others, [year]: value } });
  };
  const yearHead = (year: number, index: number) => `${statutory.year(index + 1)} (${year})`;
  return (
    <div>
      <ScrollTable
        headingLevel={headingLevel}
        intro={intro}
        id={fieldId("jointSplit")}
        captionId={`${base}-caption`}
        caption={`${heading?.ref ?? "V.C"}. ${heading?.label ?? ""}`}
      >
        <thead lang="pl">
          <tr>
            <th scope="col" rowSpan={2} className={headClassName}>
              {statutory.number}
            </th>
            <th scope="col" rowSpan={2} className={headClassName}>
              {statutory.source}
            </th>
            <th scope="colgroup" colSpan={years.length + 1} className={headClassName}>
              {statutory.value}
            </th>
          </tr>
          <tr>
            <th scope="col" className={headClassName}>
              {statutory.total}
            </th>
            {years.map((year, index) => (
              <th key={year} id={`${base}-year-${year}`} scope="col" className={headClassName}>
                {yearHead(year, index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {applicants.map((applicant, position) => {
            const row = totals.applicants.find((item) => item.organisationId === applicant.organisationId);
            const rowId = `${base}-applicant-${position}`;
            return (
              <tr key={applicant.organisationId}>
                <th scope="row" className={`${cellClassName} text-left font-normal`}>
                  {`${position + 1}.`}
                </th>
                <th id={rowId} scope="row" className={`${cellClassName} text-left font-normal`}>
                  <span lang="pl">{`${statutory.applicant} ${position + 1}:`}</span> {applicant.name}
                </th>
                <td className={`${cellClassName} text-right font-semibold whitespace-nowrap`}>
                  {formatAmount(row?.total ?? 0, locale)}
                </td>
                {years.map((year) => {
                  const value = split[applicant.organisationId]?.[String(year)];
                  return (
                    <td key={year} className={`${cellClassName} text-right`}>
                      {readOnly ? (
                        formatAmount(value ?? 0, locale)
                      ) : (
                        <NumberInput
                          id={`${fieldId(`jointSplit.${applicant.organisationId}`)}-${year}`}
                          value={value}
                          onValue={(next) => setShare(applicant.organisationId, year, next)}
                          parse={(text) => parseAmount(text, locale)}
                          format={(amount) => formatAmount(amount, locale)}
                          labelledBy={`${rowId} ${base}-year-${year}`}
                          describedBy={yearProblems.has(year) ? problemsId(`jointSplit.${year}`) : undefined}
                          className="min-w-32"
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          <tr className="bg-slate-100">
            <td className={cellClassName} />
            <th scope="row" className={`${cellClassName} text-left font-semibold`}>
              {t("splitSum")}
            </th>
            <td className={`${cellClassName} text-right font-semibold whitespace-nowrap`}>
              {formatAmount(totals.total, locale)}
            </td>
            {totals.perYearTotals.map((value, index) => (
              <td key={years[index]} className={`${cellClassName} text-right whitespace-nowrap`}>
                {formatAmount(value, locale)}
              </td>
            ))}
          </tr>
          <tr className="bg-slate-100">
            <td className={cellClassName} />
            <th scope="row" className={`${cellClassName} text-left font-semibold`} lang="pl">
              {templateField(template, "costs", "grandTotal")?.label}
            </th>
            <td className={`${cellClassName} text-right font-semibold whitespace-nowrap`}>
              {formatAmount(expected.total, locale)}
            </td>
            {expected.perYear.map((value, index) => (
              <td key={years[index]} className={`${cellClassName} text-right whitespace-nowrap`}>
                {formatAmount(value, locale)}
              </td>
            ))}
          </tr>
          <tr>
            <td className={cellClassName} />
            <th scope="row" className={`${cellClassName} text-left font-semibold`}>
              {t("splitDifference")}
            </th>
            <td className={`${cellClassName} text-right font-semibold whitespace-nowrap`}>
              {formatAmount(expected.total - totals.total, locale)}
            </td>
            {years.map((year, index) => (
              <DifferenceCell key={year} year={year} difference={totals.differences[index]!} />
            ))}
          </tr>
        </tbody>
      </ScrollTable>
      {years.map((year) => (
        <FieldProblems key={year} path={`jointSplit.${year}`} />
      ))}
    </div>
  );
}
