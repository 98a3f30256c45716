// Section V of the offer PDF: the V.A cost table in condensed letters with a
// column per year (on a landscape page when more than three years, as the
// template's footnote allows), V.B's sources with their shares and, for a
// joint offer, V.C's split between the applicants. Every value is computed
// from the version's document by the same functions as the editor's tables.
import { computeCosts } from "@/lib/offers/calc/costs";
import { computeFunding } from "@/lib/offers/calc/funding";
import { computeSplit } from "@/lib/offers/calc/joint-split";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { drawTable } from "@/lib/pdf/document";
import { label, percent, pln, quantity, sectionHeading, subHeading } from "@/lib/offers/pdf/layout";

function costTable(pdf: PDFKit.PDFDocument, doc: OfferDocument): ReturnType<typeof computeCosts> {
  const costs = computeCosts(doc.costs, doc.years);
  const years = doc.years;
  // More than three year columns do not fit a portrait page; the template allows landscape pages for them.
  if (years.length > 3) pdf.addPage({ size: "A4", layout: "landscape", margin: 36 });
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const fixed = [30, 0, 48, 62, 50, 58];
  const yearWidth = 50;
  fixed[1] = width - (fixed.reduce((a, b) => a + b, 0) + yearWidth * years.length);
  const header = [
    "Lp.",
    "Rodzaj kosztu",
    "Rodzaj miary",
    "Koszt jednostkowy [PLN]",
    "Liczba jednostek",
    "Wartość [PLN] Razem",
    ...years.map((y, i) => `Rok ${i + 1} (${y}) [PLN]`),
  ];
  const rows: string[][] = [];
  const lineRow = (lp: string, index: number) => {
    const line = doc.costs.lines[index]!;
    const totals = costs.lines[index]!;
    return [
      lp,
      line.name ?? "",
      line.unit ?? "",
      pln(line.unitCost ?? 0),
      quantity(totals.qtyMilli),
      pln(totals.total),
      ...totals.perYear.map(pln),
    ];
  };
  const sumRow = (text: string, total: number, perYear: number[]) => [
    "",
    text,
    "",
    "",
    "",
    pln(total),
    ...perYear.map(pln),
  ];
  rows.push(["I.", "Koszty realizacji działań", "", "", "", "", ...years.map(() => "")]);
  const actionNames = new Map(
    Object.values(doc.plan)
      .flat()
      .map((a) => [a.id, a.name ?? ""]),
  );
  costs.actions.forEach((action, a) => {
    rows.push([
      `I.${a + 1}.`,
      `Działanie: ${actionNames.get(action.actionId ?? "") ?? "bez przypisanego działania"}`,
      "",
      "",
      "",
      pln(action.total),
      ...action.perYear.map(pln),
    ]);
    let n = 0;
    doc.costs.lines.forEach((line, index) => {
      if (line.category === "ACTION" && (line.actionId ?? null) === action.actionId)
        rows.push(lineRow(`I.${a + 1}.${++n}.`, index));
    });
  });
  rows.push(sumRow("Suma kosztów realizacji zadania", costs.actionsTotal, costs.actionsPerYear));
  rows.push(["II.", "Koszty administracyjne", "", "", "", "", ...years.map(() => "")]);
  let m = 0;
  doc.costs.lines.forEach((line, index) => {
    if (line.category === "ADMIN") rows.push(lineRow(`II.${++m}.`, index));
  });
  rows.push(sumRow("Suma kosztów administracyjnych", costs.adminTotal, costs.adminPerYear));
  rows.push(sumRow("Suma wszystkich kosztów realizacji zadania", costs.grandTotal, costs.perYearTotals));
  drawTable(pdf, [...fixed, ...years.map(() => yearWidth)], header, rows, { condensed: true, fontSize: 7.5 });
  if (years.length > 3) pdf.addPage({ size: "A4", layout: "portrait", margin: 36 });
  return costs;
}

export function costsAndFunding(pdf: PDFKit.PDFDocument, doc: OfferDocument, joint: boolean): void {
  sectionHeading(pdf, "V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego");
  subHeading(pdf, "V.A Zestawienie kosztów realizacji zadania");
  const costs = costTable(pdf, doc);
  subHeading(pdf, "V.B Źródła finansowania kosztów realizacji zadania");
  const funding = computeFunding(costs, doc.funding);
  const names: Record<string, string> = {
    total: label(doc, "funding", "total"),
    grant: label(doc, "funding", "grant"),
    own: label(doc, "funding", "own"),
    ownFinancial: label(doc, "funding", "ownFinancial"),
    ownNonFinancial: label(doc, "funding", "ownNonFinancial"),
    recipientPayments: label(doc, "funding", "recipientPayments"),
  };
  drawTable(
    pdf,
    [30, 313, 100, 80],
    ["Lp.", "Źródło finansowania kosztów realizacji zadania", "Wartość [PLN]", "Udział [%]"],
    funding.rows.map((row) => [row.ref, names[row.key] ?? row.key, pln(row.value), percent(row.shareBp)]),
  );
  if (!joint) return;
  subHeading(pdf, "V.C Podział kosztów realizacji zadania pomiędzy oferentów");
  const split = computeSplit(costs, doc.jointSplit, doc.applicants.list);
  const nameOf = new Map(doc.applicants.list.map((a) => [a.organisationId, a.name ?? ""]));
  const yearWidth = Math.min(70, Math.floor(300 / Math.max(1, split.years.length)));
  const first = 523 - 24 - 70 - yearWidth * split.years.length;
  drawTable(
    pdf,
    [24, first, 70, ...split.years.map(() => yearWidth)],
    ["Lp.", "Nazwa oferenta", "Razem [PLN]", ...split.years.map((y, i) => `Rok ${i + 1} (${y}) [PLN]`)],
    [
      ...split.applicants.map((a, i) => [
        String(i + 1),
        nameOf.get(a.organisationId) ?? "",
        pln(a.total),
        ...a.perYear.map(pln),
      ]),
      ["", "Suma wszystkich kosztów realizacji zadania", pln(split.total), ...split.perYearTotals.map(pln)],
    ],
    { condensed: true, fontSize: 7.5 },
  );
}
