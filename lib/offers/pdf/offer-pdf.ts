// The submitted offer as the 2018 template lays it out (Dz.U. 2018 poz. 2057,
// annex 1): the title with the chosen variant instead of the strike-out,
// sections I–VII with every field's statutory label, one III.4 plan per year,
// the III.6 results table, V.A in condensed letters with a column per year
// (landscape when more than three years, as the template's footnote allows),
// V.B, V.C for joint offers and VII with only the chosen wordings. Every
// page's footer carries the short checksum, the version, the submission time
// in Polish time and "page x of y". Deterministic: the same version gives the
// same bytes (the creation date is the submission instant).
import type { OfferDocument } from "@/lib/offers/document/schema";
import { templateField } from "@/lib/offers/template/templates";
import { createPdf, drawTable } from "@/lib/pdf/document";
import { costsAndFunding } from "@/lib/offers/pdf/costs-pdf";
import { TIME_ZONE } from "@/lib/i18n/locales";
import {
  label,
  labelled,
  statementText,
  NOT_APPLICABLE,
  sectionHeading,
  stampFooters,
  subHeading,
  textOf,
} from "@/lib/offers/pdf/layout";

export type OfferPdfInput = {
  document: OfferDocument;
  kind: "SINGLE" | "JOINT";
  /** I.1: the office the offer is addressed to. */
  institutionName: string;
  /** I.2: the kind of task, from the competition. */
  taskKind: string;
  /** The act's consolidated text as printed in the title ("Dz. U. z 2024 r. poz. 1491"). */
  citation: string;
  number: number;
  shortChecksum: string;
  submittedAt: Date;
};

// Swedish dates are ISO-shaped ("2027-03-15 15:59:58"); the seconds matter to a deadline.
const polishClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "2027-03-15 15:59:58 (czasu polskiego)". */
export function polishTimestamp(instant: Date): string {
  return `${polishClock.format(instant)} (czasu polskiego)`;
}

export function footerText(input: Pick<OfferPdfInput, "shortChecksum" | "number" | "submittedAt">) {
  return (page: number, of: number) =>
    `Suma kontrolna ${input.shortChecksum} · wersja ${input.number} · złożona ${polishTimestamp(input.submittedAt)} · strona ${page} z ${of}`;
}

function applicants(pdf: PDFKit.PDFDocument, doc: OfferDocument, joint: boolean): void {
  sectionHeading(pdf, "II. Dane oferenta(-tów)");
  subHeading(
    pdf,
    "1. Nazwa oferenta(-tów), forma prawna, numer w Krajowym Rejestrze Sądowym lub innej ewidencji, adres siedziby, strona www, adres do korespondencji, adres e-mail, numer telefonu",
  );
  doc.applicants.list.forEach((applicant, index) => {
    if (joint) subHeading(pdf, `Oferent ${index + 1}`);
    const register = applicant.register
      ? `${applicant.register.kind === "KRS" ? "KRS" : (applicant.register.name ?? "inna ewidencja")} ${applicant.register.number ?? ""}`.trim()
      : "";
    const rows: [string, string][] = [
      [label(doc, "applicants", "name", "applicant"), applicant.name ?? ""],
      [label(doc, "applicants", "legalForm", "applicant"), applicant.legalForm ?? ""],
      [label(doc, "applicants", "register", "applicant"), register],
      [label(doc, "applicants", "seatAddress", "applicant"), applicant.seatAddress ?? ""],
      [label(doc, "applicants", "website", "applicant"), textOf(applicant.website)],
      [label(doc, "applicants", "correspondenceAddress", "applicant"), textOf(applicant.correspondenceAddress)],
      [label(doc, "applicants", "email", "applicant"), applicant.email ?? ""],
      [label(doc, "applicants", "phone", "applicant"), applicant.phone ?? ""],
    ];
    if (applicant.bankAccount !== undefined)
      rows.push([label(doc, "applicants", "bankAccount", "applicant"), textOf(applicant.bankAccount)]);
    drawTable(pdf, [200, 323], ["Pole", "Dane"], rows);
  });
  subHeading(
    pdf,
    "2. Dane osoby upoważnionej do składania wyjaśnień dotyczących oferty (np. imię i nazwisko, numer telefonu, adres poczty elektronicznej)",
  );
  const contact = doc.applicants.contact;
  labelled(
    pdf,
    label(doc, "applicants", "name", "contact"),
    [contact.name, contact.phone, contact.email].filter(Boolean).join(", "),
  );
}

function description(pdf: PDFKit.PDFDocument, doc: OfferDocument, joint: boolean): void {
  sectionHeading(pdf, "III. Opis zadania");
  labelled(pdf, `1. ${label(doc, "description", "title")}`, doc.description.title ?? "");
  labelled(
    pdf,
    `2. Termin realizacji zadania publicznego: ${label(doc, "description", "startsOn")} / ${label(doc, "description", "endsOn")}`,
    `${doc.description.startsOn ?? ""} – ${doc.description.endsOn ?? ""}`,
  );
  labelled(pdf, `3. ${label(doc, "description", "synopsis")}`, doc.description.synopsis ?? "");
  if (doc.template === "FULL_2018") {
    for (const year of doc.years) {
      subHeading(pdf, `4. Plan i harmonogram działań na rok ${year}`);
      const actions = doc.plan[String(year)] ?? [];
      const names = new Map(doc.applicants.list.map((a) => [a.organisationId, a.name ?? ""]));
      const header = [
        "Lp.",
        "Nazwa działania",
        "Opis",
        "Grupa docelowa",
        "Planowany termin realizacji",
        "Zakres działania realizowany przez podmiot niebędący stroną umowy",
      ];
      const widths = joint ? [24, 80, 140, 70, 62, 72, 75] : [24, 90, 170, 80, 70, 89];
      if (joint) header.push("Oferent realizujący działanie");
      drawTable(
        pdf,
        widths,
        header,
        actions.map((action, i) => {
          const row = [
            String(i + 1),
            action.name ?? "",
            action.description ?? "",
            action.targetGroup ?? "",
            action.period ?? "",
            textOf(action.nonPartyScope),
          ];
          if (joint) row.push(names.get(action.applicantId ?? "") ?? "");
          return row;
        }),
      );
    }
  }
  subHeading(pdf, "5. Opis zakładanych rezultatów realizacji zadania publicznego");
  labelled(pdf, label(doc, "results", "directEffect"), doc.results.directEffect ?? "");
  labelled(pdf, label(doc, "results", "socialChange"), doc.results.socialChange ?? "");
  labelled(pdf, label(doc, "results", "sustainability"), doc.results.sustainability ?? "");
  subHeading(pdf, "6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego");
  if (doc.resultsTable.length === 0) labelled(pdf, "Rezultaty", NOT_APPLICABLE);
  else
    drawTable(
      pdf,
      [24, 160, 150, 189],
      [
        "Lp.",
        label(doc, "resultsTable", "name"),
        label(doc, "resultsTable", "target"),
        label(doc, "resultsTable", "monitoring"),
      ],
      doc.resultsTable.map((row, i) => [String(i + 1), row.name ?? "", row.target ?? "", row.monitoring ?? ""]),
    );
}

function profile(pdf: PDFKit.PDFDocument, doc: OfferDocument): void {
  sectionHeading(pdf, "IV. Charakterystyka oferenta");
  labelled(pdf, `1. ${label(doc, "profile", "previousActivity")}`, doc.profile.previousActivity ?? "");
  labelled(pdf, `2. ${label(doc, "profile", "resources")}`, doc.profile.resources ?? "");
}

function other(pdf: PDFKit.PDFDocument, doc: OfferDocument, joint: boolean): void {
  sectionHeading(pdf, "VI. Inne informacje");
  const paid = templateField(doc.template, "other", "paid")?.options?.find((o) => o.value === doc.other.paid);
  labelled(pdf, `1. ${label(doc, "other", "paid")}`, paid?.label ?? "");
  labelled(pdf, `2. ${label(doc, "other", "jointRoles")}`, joint ? textOf(doc.other.jointRoles) : NOT_APPLICABLE);
  labelled(pdf, `3. ${label(doc, "other", "otherInfo")}`, textOf(doc.other.otherInfo));
}

function statements(pdf: PDFKit.PDFDocument, doc: OfferDocument): void {
  sectionHeading(pdf, "VII. Oświadczenia");
  pdf.font("regular").fontSize(9).text("Oświadczam(-my), że:");
  (["s1", "s2", "s3", "s4", "s5", "s6", "s7"] as const).forEach((key, i) => {
    const field = templateField(doc.template, "statements", key);
    if (!field) return;
    pdf
      .font("regular")
      .fontSize(9)
      .text(`${i + 1}) ${statementText(field, doc.statements[key])};`, { indent: 8 });
  });
}

/**
 * The template's title, with the variant chosen instead of the strike-out:
 * a competition's offer (art. 14 ust. 1) or joint offer (ust. 2), or the
 * simplified offer of a small grant (art. 19a; wording unverified, design L8).
 */
function titleLines(template: OfferDocument["template"], joint: boolean, citation: string): [string, string] {
  const act = `USTAWY Z DNIA 24 KWIETNIA 2003 R. O DZIAŁALNOŚCI POŻYTKU PUBLICZNEGO I O WOLONTARIACIE (${citation.toUpperCase()})`;
  if (template === "SIMPLIFIED_2018")
    return ["UPROSZCZONA OFERTA REALIZACJI ZADANIA PUBLICZNEGO,", `O KTÓREJ MOWA W ART. 19A ${act}`];
  return [
    joint ? "OFERTA WSPÓLNA REALIZACJI ZADANIA PUBLICZNEGO," : "OFERTA REALIZACJI ZADANIA PUBLICZNEGO,",
    `O KTÓREJ MOWA W ART. 14 UST. ${joint ? "2" : "1"} ${act}`,
  ];
}

export async function renderOfferPdf(input: OfferPdfInput): Promise<Uint8Array> {
  const doc = input.document;
  const joint = input.kind === "JOINT";
  const title = `Oferta: ${doc.description.title ?? ""}`;
  const { doc: pdf, finish } = createPdf({
    title,
    subject: `Suma kontrolna ${input.shortChecksum}`,
    bufferPages: true,
    creationDate: input.submittedAt,
  });
  const [heading, basis] = titleLines(doc.template, joint, input.citation);
  pdf.font("bold").fontSize(11).text(heading, { align: "center" });
  pdf.font("regular").fontSize(9).text(basis, { align: "center" });
  sectionHeading(pdf, "I. Podstawowe informacje o złożonej ofercie");
  labelled(pdf, "1. Organ administracji publicznej, do którego jest adresowana oferta", input.institutionName);
  labelled(pdf, "2. Rodzaj zadania publicznego", input.taskKind);
  applicants(pdf, doc, joint);
  description(pdf, doc, joint);
  profile(pdf, doc);
  costsAndFunding(pdf, doc, joint);
  if (doc.template === "FULL_2018") other(pdf, doc, joint);
  statements(pdf, doc);
  stampFooters(pdf, footerText(input));
  return finish();
}
