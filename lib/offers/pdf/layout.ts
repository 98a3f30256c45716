// The building blocks of an offer's PDFs: headings, labelled values as the
// template prints them (a grey label above a framed answer), money without the
// currency sign (the template's columns say [PLN]) and the footer stamped on
// every page once the document is complete. Always Polish: the PDF is the
// statutory document, whatever language the person reads the site in.
import { formatPln } from "@/lib/offers/calc/money";
import type { NotApplicable, OfferDocument } from "@/lib/offers/document/schema";
import { templateField } from "@/lib/offers/template/templates";
import type { TemplateField } from "@/lib/offers/template/types";

export const NOT_APPLICABLE = "nie dotyczy";

/** A field's statutory label (the field's name when the template lacks it, which a test would catch). */
export function label(
  doc: OfferDocument,
  section: TemplateField["section"],
  name: string,
  scope?: TemplateField["scope"],
) {
  const found = templateField(doc.template, section, name, scope);
  return found ? `${found.label}` : name;
}

/** "1 234,56": the number as the template's [PLN] columns print it. */
export function pln(grosze: number): string {
  return formatPln(grosze, "pl")
    .replace(/\s*zł$/u, "")
    .replace(/\u202f|\u00a0/g, " ");
}

/** "12,5%": a share in basis points. */
export function percent(bp: number): string {
  return `${(bp / 100)
    .toFixed(2)
    .replace(/\.?0+$/, "")
    .replace(".", ",")}%`;
}

/** Quantities are stored in thousandths of a unit. */
export function quantity(qtyMilli: number): string {
  return (qtyMilli / 1000)
    .toFixed(3)
    .replace(/\.?0+$/, "")
    .replace(".", ",");
}

/** A typed value as printed: "nie dotyczy" for the explicit choice, empty for nothing typed. */
export function textOf(value: string | NotApplicable | undefined | null): string {
  if (value == null) return "";
  return typeof value === "string" ? value : NOT_APPLICABLE;
}

export function sectionHeading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.6).font("bold").fontSize(10.5).text(text, { align: "left" }).moveDown(0.3);
}

export function subHeading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.3).font("bold").fontSize(9).text(text).moveDown(0.2);
}

/** A label and its answer in a frame, as the template's white fields. */
export function labelled(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font("bold").fontSize(8).fillColor("#334155").text(label, left, doc.y, { width });
  doc.fillColor("black").font("regular").fontSize(9);
  const height = doc.heightOfString(value || " ", { width: width - 8 }) + 6;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 1;
  doc.lineWidth(0.5).strokeColor("#64748b").rect(left, top, width, height).stroke();
  doc.text(value || " ", left + 4, top + 3, { width: width - 8 });
  doc.x = left;
  doc.y = top + height + 4;
}

/**
 * The footer of every page, written once all pages exist (bufferPages): the
 * bottom margin is lifted while writing, or PDFKit would start a new page for
 * text below it.
 */
export function stampFooters(doc: PDFKit.PDFDocument, text: (page: number, of: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const left = doc.page.margins.left;
    doc
      .font("regular")
      .fontSize(7)
      .fillColor("#334155")
      .text(text(i - range.start + 1, range.count), left, doc.page.height - 24, {
        width: doc.page.width - left - doc.page.margins.right,
        align: "center",
        lineBreak: false,
      })
      .fillColor("black");
    doc.page.margins.bottom = bottom;
  }
}

/** A statement as printed: a strike-out statement in its chosen wording only. */
export function statementText(field: TemplateField, value: unknown): string {
  if (!field.options) return field.label;
  const chosen = field.options.find((o) => o.value === value);
  if (!chosen) return field.label;
  const firstWords = field.options[0]!.label.split(" ").slice(0, 2).join(" ");
  const at = field.label.indexOf(firstWords);
  return at > 0 ? `${field.label.slice(0, at)}${chosen.label}` : `${field.label}: ${chosen.label}`;
}
