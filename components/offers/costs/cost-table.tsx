"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { fieldId } from "@/components/offers/checks/field-ids";
import { FieldProblems } from "@/components/offers/checks/field-problems";
import { CostLineRow, lineButtonId, type ColumnIds, type ColumnNames } from "@/components/offers/costs/cost-line-row";
import {
  addLine,
  groupLines,
  moveLine,
  removeLine,
  updateLine,
  type CostAction,
  type LineGroup,
} from "@/components/offers/costs/cost-lines";
import { statutory } from "@/components/offers/costs/statutory";
import {
  cardHiddenCellClassName,
  cardRowClassName,
  cardWideClassName,
  headClassName,
  HeadingRow,
  ScrollTable,
  SumRow,
} from "@/components/offers/costs/table-parts";
import { Button } from "@/components/ui/button";
import type { CostTotals } from "@/lib/offers/calc/costs";
import type { CostLine, CostsSection, OfferTemplate } from "@/lib/offers/document/schema";
import { templateField } from "@/lib/offers/template/templates";

/** Where the focus goes once the table has been drawn again after a change. */
type FocusRequest = { lineId: string; control: "name" | "up" | "down" | "remove" } | { group: string } | null;

/**
 * V.A: the cost lines, grouped by the III.4 action they pay for and the
 * administrative costs, with every value, subtotal and total computed per
 * year (`totals` from computeCosts, never typed). Lines are added, moved and
 * removed with buttons; the focus stays with the line or goes to its
 * neighbour. Below md each line is a card (table-parts.tsx) with the
 * column names above its fields; on wide screens it is the template's table.
 */
export function CostTable({
  template,
  costs,
  years,
  actions,
  totals,
  readOnly,
  headingLevel,
  intro,
  onChange,
  onAnnounce,
}: {
  template: OfferTemplate;
  costs: CostsSection;
  years: readonly number[];
  actions: readonly CostAction[];
  totals: CostTotals;
  readOnly: boolean;
  headingLevel: 3 | 4;
  intro?: ReactNode;
  onChange: (costs: CostsSection) => void;
  onAnnounce: (message: string) => void;
}) {
  const t = useTranslations("offerCosts");
  const locale = useLocale();
  const base = useId();
  const byAction = template === "FULL_2018";
  const groups = groupLines(costs.lines, actions, byAction);
  const label = (name: string) => templateField(template, "costs", name)?.label ?? "";
  const columns: ColumnIds = {
    name: `${base}-name`,
    unit: `${base}-unit`,
    unitCost: `${base}-unit-cost`,
    quantity: `${base}-quantity`,
    year: (year) => `${base}-quantity-${year}`,
    action: `${base}-action`,
  };
  const yearName = (year: number) => `${statutory.year(years.indexOf(year) + 1)} (${year})`;
  const names: ColumnNames = {
    name: label("name"),
    unit: label("unit"),
    unitCost: label("unitCost"),
    quantity: (year) => `${label("qtyMilli")}: ${yearName(year)}`,
    total: `${statutory.value}: ${statutory.total}`,
    value: (year) => `${statutory.value}: ${yearName(year)}`,
    action: statutory.action,
    buttons: t("lineButtons"),
  };
  const totalsById = new Map(totals.lines.map((line) => [line.id, line]));
  // Columns after "Lp.": name, unit, unit cost and one quantity per year are typed; then total and years.
  const typedSpan = 3 + years.length;
  const trailing = (byAction ? 1 : 0) + (readOnly ? 0 : 1);
  const columnCount = 1 + typedSpan + 1 + years.length + trailing;

  // Set by a button, used once the table has been drawn again with the change.
  const pendingFocus = useRef<FocusRequest>(null);
  useEffect(() => {
    const focus = pendingFocus.current;
    if (focus === null) return;
    pendingFocus.current = null;
    let element: HTMLElement | null = null;
    if ("group" in focus) {
      // The group of lines without an action goes away with its last line: then the table's first "add".
      element =
        document.getElementById(`${base}-add-${focus.group}`) ??
        document.querySelector<HTMLElement>(`[id^="${base}-add-"]`);
    } else if (focus.control === "name") {
      const index = costs.lines.findIndex((line) => line.id === focus.lineId);
      element = document.getElementById(fieldId(`costs.lines.${index}.name`));
    } else {
      // A line moved to its group's end has no button that way any more: the other one takes the focus.
      const order = [focus.control, focus.control === "up" ? "down" : "up", "remove"] as const;
      element = order.map((control) => document.getElementById(lineButtonId(focus.lineId, control))).find(Boolean)!;
    }
    element?.focus();
  });
  const setFocus = (request: FocusRequest) => {
    pendingFocus.current = request;
  };

  const change = (lines: CostLine[]) => onChange({ ...costs, lines });
  const groupName = (group: LineGroup) => {
    if (group.kind === "admin") return label("adminHeading");
    if (group.kind === "plain") return label("actionsHeading");
    if (group.kind === "unassigned") return t("unassigned");
    const name = group.action?.name?.trim() || t("actionWithoutName", { number: group.actionOrdinal ?? 0 });
    return (
      <>
        <span lang="pl">{`${statutory.action}:`}</span> {name}
        {group.action?.year ? ` (${group.action.year})` : ""}
      </>
    );
  };

  const add = (group: LineGroup) => {
    const next = addLine(costs.lines, group);
    const added = next.find((line) => !costs.lines.includes(line))!;
    change(next);
    setFocus({ lineId: added.id, control: "name" });
    onAnnounce(t("announceAdded", { group: group.number }));
  };
  const remove = (group: LineGroup, position: number) => {
    const { line, number } = group.lines[position]!;
    const neighbour = group.lines[position + 1] ?? group.lines[position - 1];
    change(removeLine(costs.lines, line.id));
    setFocus(neighbour ? { lineId: neighbour.line.id, control: "remove" } : { group: group.key });
    onAnnounce(t("announceRemoved", { number, name: line.name?.trim() || "—" }));
  };
  const move = (group: LineGroup, position: number, direction: -1 | 1) => {
    const { line } = group.lines[position]!;
    change(moveLine(costs.lines, group, line.id, direction));
    setFocus({ lineId: line.id, control: direction === -1 ? "up" : "down" });
    const target = group.lines[position + direction]!.number;
    onAnnounce(t("announceMoved", { number: target, name: line.name?.trim() || "—" }));
  };

  const groupRows = (group: LineGroup) => {
    const action = group.kind === "action" ? totals.actions.find((item) => item.actionId === group.action?.id) : null;
    const heading =
      group.kind === "action" || group.kind === "unassigned" ? (
        <SumRow
          key={`${group.key}-heading`}
          number={`${group.number}.`}
          label={groupName(group)}
          total={action?.total ?? group.lines.reduce((sum, { line }) => sum + (totalsById.get(line.id)?.total ?? 0), 0)}
          perYear={
            action?.perYear ??
            years.map((_, index) =>
              group.lines.reduce((sum, { line }) => sum + (totalsById.get(line.id)?.perYear[index] ?? 0), 0),
            )
          }
          span={typedSpan}
          trailing={trailing}
        />
      ) : null;
    return [
      heading,
      ...group.lines.map(({ line, index, number }, position) => (
        <CostLineRow
          key={line.id}
          line={line}
          index={index}
          number={`${number}.`}
          years={years}
          totals={totalsById.get(line.id)}
          columns={columns}
          names={names}
          actions={actions}
          byAction={byAction}
          readOnly={readOnly}
          first={position === 0}
          last={position === group.lines.length - 1}
          onChange={(update) => change(updateLine(costs.lines, line.id, update))}
          onMove={(direction) => move(group, position, direction)}
          onRemove={() => remove(group, position)}
        />
      )),
      readOnly ? null : (
        <tr key={`${group.key}-add`} className={`${cardRowClassName} border-dashed`}>
          <td className={cardHiddenCellClassName} />
          <td colSpan={columnCount - 1} className={cardWideClassName}>
            <Button id={`${base}-add-${group.key}`} variant="secondary" onClick={() => add(group)}>
              {group.kind === "admin"
                ? t("addAdmin")
                : group.kind === "action"
                  ? t("addToAction", { number: group.number })
                  : t("addCost")}
            </Button>
          </td>
        </tr>
      ),
    ];
  };

  const actionGroups = groups.filter((group) => group.kind !== "admin");
  const admin = groups.find((group) => group.kind === "admin")!;
  const caption = `${templateField(template, "costs", "name")?.ref ?? "V.A"}. ${statutory.costsHeading}`;
  return (
    <div>
      <ScrollTable
        headingLevel={headingLevel}
        intro={intro}
        id={fieldId("costs")}
        captionId={`${base}-caption`}
        caption={caption}
        cards={{ total: names.total, years: years.map((year) => names.value(year)) }}
      >
        {/* Hidden in cards, but still each input's name (aria-labelledby reads hidden heads). */}
        <thead lang="pl" className="hidden md:table-header-group">
          <tr>
            <th scope="col" rowSpan={2} className={headClassName}>
              {statutory.number}
            </th>
            <th id={columns.name} scope="col" rowSpan={2} className={headClassName}>
              {label("name")}
            </th>
            <th id={columns.unit} scope="col" rowSpan={2} className={headClassName}>
              {label("unit")}
            </th>
            <th id={columns.unitCost} scope="col" rowSpan={2} className={headClassName}>
              {label("unitCost")}
            </th>
            <th id={columns.quantity} scope="colgroup" colSpan={years.length} className={headClassName}>
              {label("qtyMilli")}
            </th>
            <th scope="colgroup" colSpan={years.length + 1} className={headClassName}>
              {statutory.value}
            </th>
            {byAction && (
              <th id={columns.action} scope="col" rowSpan={2} className={headClassName}>
                {statutory.action}
              </th>
            )}
            {!readOnly && (
              <th scope="col" rowSpan={2} className={headClassName} lang={locale}>
                {t("lineButtons")}
              </th>
            )}
          </tr>
          <tr>
            {years.map((year, index) => (
              <th key={year} id={columns.year(year)} scope="col" className={headClassName}>
                {`${statutory.year(index + 1)} (${year})`}
              </th>
            ))}
            <th scope="col" className={headClassName}>
              {statutory.total}
            </th>
            {years.map((year, index) => (
              <th key={year} scope="col" className={headClassName}>
                {`${statutory.year(index + 1)} (${year})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          <HeadingRow number="I." label={label("actionsHeading")} span={columnCount - 1} />
          {actionGroups.flatMap((group) => groupRows(group))}
          <SumRow
            number=""
            label={<span lang="pl">{label("actionsTotal")}</span>}
            total={totals.actionsTotal}
            perYear={totals.actionsPerYear}
            span={typedSpan}
            trailing={trailing}
          />
          <HeadingRow number="II." label={label("adminHeading")} span={columnCount - 1} />
          {groupRows(admin)}
          <SumRow
            number=""
            label={<span lang="pl">{label("adminTotal")}</span>}
            total={totals.adminTotal}
            perYear={totals.adminPerYear}
            span={typedSpan}
            trailing={trailing}
          />
          <SumRow
            number=""
            label={<span lang="pl">{label("grandTotal")}</span>}
            total={totals.grandTotal}
            perYear={totals.perYearTotals}
            span={typedSpan}
            trailing={trailing}
            strong
          />
        </tbody>
      </ScrollTable>
      <FieldProblems path="costs" />
      <FieldProblems path="costs.lines" />
      <FieldProblems path="costs.admin" />
    </div>
  );
}
