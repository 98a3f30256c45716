"use client";

import { useLocale, useTranslations } from "next-intl";
import { fieldId } from "@/components/offers/checks/field-ids";
import { FieldProblems, useFieldProblems } from "@/components/offers/checks/field-problems";
import type { CostAction } from "@/components/offers/costs/cost-lines";
import { formatAmount, formatUnits, parseAmount, parseUnits } from "@/components/offers/costs/formats";
import { NumberInput } from "@/components/offers/costs/number-input";
import {
  CardLabel,
  cardCellClassName,
  cardHiddenCellClassName,
  cardRowClassName,
  cardWideClassName,
} from "@/components/offers/costs/table-parts";
import { Button } from "@/components/ui/button";
import type { CostLineTotals } from "@/lib/offers/calc/costs";
import type { CostLine } from "@/lib/offers/document/schema";

/** Ids of the table's column heads, which each cell's control names with its row's number. */
export type ColumnIds = {
  name: string;
  unit: string;
  unitCost: string;
  quantity: string;
  year: (year: number) => string;
  action: string;
};

/** The column heads' words, shown above each cell when the line is a card (below md). */
export type ColumnNames = {
  name: string;
  unit: string;
  unitCost: string;
  quantity: (year: number) => string;
  total: string;
  value: (year: number) => string;
  action: string;
  buttons: string;
};

/** Ids of a line's buttons: by the line's id, so focus can follow the line when it moves. */
export const lineButtonId = (lineId: string, button: "up" | "down" | "remove") => `cost-line-${lineId}-${button}`;

export const textClassName =
  "block w-full rounded border-2 border-slate-700 bg-white px-2 py-1 text-base aria-[invalid=true]:border-red-800";

const invalid = (problems: readonly { severity: string }[]) => problems.some((problem) => problem.severity === "error");

/** A typed text of the line (its kind of cost, its measure), with the problems at it. */
function TextCell({
  path,
  value,
  labelledBy,
  onValue,
  className,
}: {
  path: string;
  value: string | undefined;
  labelledBy: string;
  onValue: (value: string) => void;
  className: string;
}) {
  const { problems, describedBy } = useFieldProblems(path);
  return (
    <>
      <input
        id={fieldId(path)}
        type="text"
        value={value ?? ""}
        maxLength={300}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid(problems) || undefined}
        className={`${textClassName} ${className}`}
        onChange={(event) => onValue(event.target.value)}
      />
      <FieldProblems path={path} />
    </>
  );
}

export function CostLineRow({
  line,
  index,
  number,
  years,
  totals,
  columns,
  names,
  actions,
  byAction,
  readOnly,
  first,
  last,
  onChange,
  onMove,
  onRemove,
}: {
  line: CostLine;
  index: number;
  number: string;
  years: readonly number[];
  totals: CostLineTotals | undefined;
  columns: ColumnIds;
  names: ColumnNames;
  actions: readonly CostAction[];
  byAction: boolean;
  readOnly: boolean;
  first: boolean;
  last: boolean;
  onChange: (change: (line: CostLine) => CostLine) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("offerCosts");
  const locale = useLocale();
  const path = `costs.lines.${index}`;
  const rowId = `cost-line-${line.id}-number`;
  const labelled = (column: string) => `${column} ${rowId}`;
  const unitCost = useFieldProblems(`${path}.unitCost`);
  const quantity = useFieldProblems(`${path}.qtyMilli`);
  const action = useFieldProblems(`${path}.actionId`);
  const context = <span className="sr-only"> {t("lineContext", { number, name: line.name?.trim() || "—" })}</span>;
  const actionName = (candidate: CostAction, ordinal: number) =>
    candidate.name?.trim() || t("actionWithoutName", { number: ordinal });

  return (
    <tr className={cardRowClassName}>
      <th id={rowId} scope="row" className={`${cardWideClassName} text-left font-semibold md:font-normal`}>
        {number}
      </th>
      <td className={cardWideClassName}>
        <CardLabel>{names.name}</CardLabel>
        {readOnly ? (
          line.name
        ) : (
          <TextCell
            path={`${path}.name`}
            value={line.name}
            labelledBy={labelled(columns.name)}
            onValue={(name) => onChange((current) => ({ ...current, name }))}
            className="min-w-36"
          />
        )}
      </td>
      <td className={cardWideClassName}>
        <CardLabel>{names.unit}</CardLabel>
        {readOnly ? (
          line.unit
        ) : (
          <TextCell
            path={`${path}.unit`}
            value={line.unit}
            labelledBy={labelled(columns.unit)}
            onValue={(unit) => onChange((current) => ({ ...current, unit }))}
            className="min-w-20"
          />
        )}
      </td>
      <td className={`${cardCellClassName} text-right`}>
        <CardLabel>{names.unitCost}</CardLabel>
        {readOnly ? (
          line.unitCost === undefined ? (
            ""
          ) : (
            formatAmount(line.unitCost, locale)
          )
        ) : (
          <>
            <NumberInput
              id={fieldId(`${path}.unitCost`)}
              value={line.unitCost}
              onValue={(value) =>
                onChange(({ unitCost: _, ...rest }) => (value === undefined ? rest : { ...rest, unitCost: value }))
              }
              parse={(text) => parseAmount(text, locale)}
              format={(value) => formatAmount(value, locale)}
              labelledBy={labelled(columns.unitCost)}
              describedBy={unitCost.describedBy}
              invalid={invalid(unitCost.problems)}
              className="min-w-28"
            />
            <FieldProblems path={`${path}.unitCost`} />
          </>
        )}
      </td>
      {years.map((year, position) => {
        const qty = line.qtyMilli[String(year)];
        return (
          <td key={year} className={`${cardCellClassName} text-right`}>
            <CardLabel>{names.quantity(year)}</CardLabel>
            {readOnly ? (
              qty === undefined ? (
                ""
              ) : (
                formatUnits(qty, locale)
              )
            ) : (
              <>
                <NumberInput
                  id={`${fieldId(`${path}.qtyMilli`)}-${year}`}
                  value={qty}
                  onValue={(value) =>
                    onChange((current) => {
                      const { [String(year)]: _, ...others } = current.qtyMilli;
                      return { ...current, qtyMilli: value === undefined ? others : { ...others, [year]: value } };
                    })
                  }
                  parse={(text) => parseUnits(text, locale)}
                  format={(value) => formatUnits(value, locale)}
                  labelledBy={`${columns.quantity} ${columns.year(year)} ${rowId}`}
                  describedBy={position === 0 ? quantity.describedBy : undefined}
                  invalid={position === 0 && invalid(quantity.problems)}
                  className="min-w-20"
                />
                {position === 0 && <FieldProblems path={`${path}.qtyMilli`} />}
              </>
            )}
          </td>
        );
      })}
      <td className={`${cardCellClassName} text-right font-semibold whitespace-nowrap`}>
        <CardLabel>{names.total}</CardLabel>
        {formatAmount(totals?.total ?? 0, locale)}
      </td>
      {years.map((year, position) => (
        <td key={year} className={`${cardCellClassName} text-right whitespace-nowrap`}>
          <CardLabel>{names.value(year)}</CardLabel>
          {formatAmount(totals?.perYear[position] ?? 0, locale)}
        </td>
      ))}
      {byAction && (
        // An administrative cost has no action: in a card the empty cell takes no room.
        <td className={line.category === "ADMIN" || readOnly ? cardHiddenCellClassName : cardWideClassName}>
          {readOnly || line.category === "ADMIN" ? null : (
            <>
              <CardLabel>{names.action}</CardLabel>
              <select
                id={fieldId(`${path}.actionId`)}
                value={line.actionId ?? ""}
                aria-labelledby={labelled(columns.action)}
                aria-describedby={action.describedBy}
                aria-invalid={invalid(action.problems) || undefined}
                className={`${textClassName} min-w-36`}
                onChange={(event) =>
                  onChange(({ actionId: _, ...rest }) =>
                    event.target.value === "" ? rest : { ...rest, actionId: event.target.value },
                  )
                }
              >
                <option value="">{t("chooseAction")}</option>
                {actions.map((candidate, position) => (
                  <option key={candidate.id} value={candidate.id}>
                    {`I.${position + 1}. ${actionName(candidate, position + 1)}`}
                  </option>
                ))}
              </select>
              <FieldProblems path={`${path}.actionId`} />
            </>
          )}
        </td>
      )}
      {!readOnly && (
        <td className={cardWideClassName}>
          <CardLabel>{names.buttons}</CardLabel>
          {/* Up and down, then remove below: three buttons side by side made the column so wide
              that at 1280 px this column and "Działanie" were cut off. */}
          <div className="grid grid-cols-2 gap-1 md:min-w-max">
            {!first && (
              <Button id={lineButtonId(line.id, "up")} variant="secondary" className="px-2" onClick={() => onMove(-1)}>
                {t("moveUp")}
                {context}
              </Button>
            )}
            {!last && (
              <Button id={lineButtonId(line.id, "down")} variant="secondary" className="px-2" onClick={() => onMove(1)}>
                {t("moveDown")}
                {context}
              </Button>
            )}
            <Button
              id={lineButtonId(line.id, "remove")}
              variant="secondary"
              className="col-span-2 px-2"
              onClick={onRemove}
            >
              {t("remove")}
              {context}
            </Button>
          </div>
        </td>
      )}
    </tr>
  );
}
