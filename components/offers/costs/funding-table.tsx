"use client";

import { useLocale } from "next-intl";
import { useId, type ReactNode } from "react";
import { fieldId } from "@/components/offers/checks/field-ids";
import { FieldProblems, useFieldProblems } from "@/components/offers/checks/field-problems";
import { formatAmount, formatShare, parseAmount } from "@/components/offers/costs/formats";
import { NumberInput } from "@/components/offers/costs/number-input";
import { statutory } from "@/components/offers/costs/statutory";
import { cellClassName, headClassName, ScrollTable } from "@/components/offers/costs/table-parts";
import type { FundingRow, FundingTotals } from "@/lib/offers/calc/funding";
import type { FundingSection, OfferTemplate } from "@/lib/offers/document/schema";
import { templateField } from "@/lib/offers/template/templates";

type TypedKey = "grant" | "ownFinancial" | "ownNonFinancial" | "recipientPayments";
const TYPED = new Set<string>(["grant", "ownFinancial", "ownNonFinancial", "recipientPayments"]);
/** The template's field name of each computed row. */
const COMPUTED_FIELD: Record<string, string> = { total: "total", own: "own" };

function FundingRowView({
  row,
  template,
  funding,
  valueHead,
  readOnly,
  onChange,
}: {
  row: FundingRow;
  template: OfferTemplate;
  funding: FundingSection;
  valueHead: string;
  readOnly: boolean;
  onChange: (funding: FundingSection) => void;
}) {
  const locale = useLocale();
  const rowId = useId();
  const typed = TYPED.has(row.key);
  const path = `funding.${row.key}`;
  const { problems, describedBy } = useFieldProblems(path);
  const name = typed ? row.key : COMPUTED_FIELD[row.key]!;
  const label = templateField(template, "funding", name)?.label ?? "";
  const sub = row.ref.includes(".");
  return (
    <tr className={typed ? undefined : "bg-slate-100"}>
      <th scope="row" className={`${cellClassName} text-left font-normal`}>
        {row.ref}
      </th>
      <th
        id={rowId}
        scope="row"
        className={`${cellClassName} text-left ${sub ? "pl-6 font-normal" : "font-semibold"}`}
        lang="pl"
      >
        {label}
      </th>
      <td className={`${cellClassName} text-right`}>
        {typed && !readOnly ? (
          <>
            <NumberInput
              id={fieldId(path)}
              value={funding[row.key as TypedKey]}
              onValue={(value) => {
                const { [row.key as TypedKey]: _, ...rest } = funding;
                onChange(value === undefined ? rest : { ...rest, [row.key]: value });
              }}
              parse={(text) => parseAmount(text, locale)}
              format={(value) => formatAmount(value, locale)}
              labelledBy={`${rowId} ${valueHead}`}
              describedBy={describedBy}
              invalid={problems.some((problem) => problem.severity === "error")}
              className="min-w-36"
            />
            <FieldProblems path={path} />
          </>
        ) : (
          <span className="font-semibold whitespace-nowrap">{formatAmount(row.value, locale)}</span>
        )}
      </td>
      <td className={`${cellClassName} text-right whitespace-nowrap`}>{formatShare(row.shareBp, locale)}</td>
    </tr>
  );
}

/**
 * V.B: row 1 is the V.A total, 2, 3.1, 3.2 and 4 are typed, 3 and every
 * share are computed. Whether 2 + 3 + 4 adds up to 1 is checkOffer's
 * FUNDING_DOES_NOT_ADD_UP, shown under the table with the difference.
 */
export function FundingTable({
  template,
  funding,
  totals,
  readOnly,
  headingLevel,
  intro,
  onChange,
}: {
  template: OfferTemplate;
  funding: FundingSection;
  totals: FundingTotals;
  readOnly: boolean;
  headingLevel: 3 | 4;
  intro?: ReactNode;
  onChange: (funding: FundingSection) => void;
}) {
  const base = useId();
  const ref = templateField(template, "funding", "grant")?.ref.replace(/\.\d+$/, "") ?? "V.B";
  return (
    <div>
      <ScrollTable
        headingLevel={headingLevel}
        intro={intro}
        id={fieldId("funding")}
        captionId={`${base}-caption`}
        caption={`${ref}. ${statutory.fundingHeading}`}
      >
        <thead lang="pl">
          <tr>
            <th scope="col" className={headClassName}>
              {statutory.number}
            </th>
            <th scope="col" className={headClassName}>
              {statutory.source}
            </th>
            <th id={`${base}-value`} scope="col" className={headClassName}>
              {statutory.value}
            </th>
            <th scope="col" className={headClassName}>
              {statutory.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.rows.map((row) => (
            <FundingRowView
              key={row.key}
              row={row}
              template={template}
              funding={funding}
              valueHead={`${base}-value`}
              readOnly={readOnly}
              onChange={onChange}
            />
          ))}
        </tbody>
      </ScrollTable>
      <FieldProblems path="funding" />
    </div>
  );
}
