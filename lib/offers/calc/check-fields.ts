// REQUIRED, TOO_LONG and STATEMENT_NOT_CHOSEN for every field the template
// lists, wherever it repeats (each applicant, each action, each result row,
// each cost line). The template says which fields exist; this walks the
// document for their values.
import type { OfferDocument } from "@/lib/offers/document/schema";
import type { Problem } from "@/lib/offers/calc/problems";
import { templateDefinition } from "@/lib/offers/template/templates";
import type { RequiredIf, TemplateField } from "@/lib/offers/template/types";
import type { CheckContext } from "@/lib/offers/calc/check-offer";

type Located = { path: string; value: unknown; owner?: Problem["owner"] };

function locate(doc: OfferDocument, item: TemplateField): Located[] {
  const at = (path: string, value: unknown, owner?: Problem["owner"]) => ({ path, value, owner });
  const property = (record: unknown, name: string) => (record as Record<string, unknown> | undefined)?.[name];
  switch (item.scope) {
    case "section":
      return [at(`${item.section}.${item.name}`, property(doc[item.section], item.name))];
    case "contact":
      return [at(`applicants.contact.${item.name}`, property(doc.applicants.contact, item.name), { part: "contact" })];
    case "applicant":
      return doc.applicants.list.map((row, i) =>
        at(`applicants.list.${i}.${item.name}`, property(row, item.name), {
          part: "applicant",
          index: i,
          name: row.name ?? "",
        }),
      );
    case "planAction":
      return doc.years.flatMap((year) =>
        (doc.plan[String(year)] ?? []).map((row, i) => at(`plan.${year}.${i}.${item.name}`, property(row, item.name))),
      );
    case "resultRow":
      return doc.resultsTable.map((row, i) => at(`resultsTable.${i}.${item.name}`, property(row, item.name)));
    case "costLine":
      return doc.costs.lines.map((row, i) => at(`costs.lines.${i}.${item.name}`, property(row, item.name)));
    case "computed":
      return [];
  }
}

function isFilled(value: unknown, item: TemplateField, years: readonly number[]): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number" || typeof value === "boolean") return true;
  if (typeof value === "object" && "na" in value) return item.naAllowed === true;
  if (item.name === "register") return isFilled((value as { number?: string }).number, item, years);
  // A cost line's quantities: at least one of the task's years has some.
  if (item.name === "qtyMilli") return years.some((year) => ((value as Record<string, number>)[String(year)] ?? 0) > 0);
  return true;
}

function length(value: unknown): number {
  return typeof value === "string" ? [...value.replace(/\r\n/g, "\n")].length : 0;
}

export function requiredHolds(condition: RequiredIf, ctx: CheckContext): boolean {
  switch (condition) {
    case "JOINT":
      return ctx.kind === "JOINT";
    case "BANK_ACCOUNT_ASKED":
      return ctx.params?.askBankAccount === true;
    case "RESULTS_TABLE_NOT_WAIVED":
      return ctx.params?.resultsTableWaived !== true;
  }
}

export function checkFields(doc: OfferDocument, ctx: CheckContext, add: (problem: Problem) => void): void {
  for (const item of templateDefinition(doc.template).fields) {
    const required = item.required || (item.requiredIf !== undefined && requiredHolds(item.requiredIf, ctx));
    for (const { path, value, owner } of locate(doc, item)) {
      if (required && !isFilled(value, item, doc.years)) {
        const statement = item.section === "statements";
        add({
          code: statement ? "STATEMENT_NOT_CHOSEN" : "REQUIRED",
          path,
          severity: "error",
          field: item.messageKey,
          ...(owner ? { owner } : {}),
          values: statement ? { number: Number(item.name.slice(1)) } : {},
        });
      } else if (item.maxLength !== undefined && length(value) > item.maxLength) {
        add({
          code: "TOO_LONG",
          path,
          severity: "error",
          field: item.messageKey,
          ...(owner ? { owner } : {}),
          values: { length: length(value), max: item.maxLength },
        });
      }
    }
  }
}
