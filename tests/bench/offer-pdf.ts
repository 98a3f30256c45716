// The offer PDF for `npm run bench`: a three-year joint offer of three
// applicants with 60 cost lines, rendered 20 times as the download route
// renders it on first request (target: each under 2 s). Pure: no database.
import { performance } from "node:perf_hooks";
import { emptyOfferDocument, type OfferDocument } from "@/lib/offers/document/schema";
import { renderOfferPdf } from "@/lib/offers/pdf/offer-pdf";

const RENDERS = 20;
const YEARS = [2027, 2028, 2029];
const APPLICANTS = ["bench-lead", "bench-partner-1", "bench-partner-2"];

/** A joint offer with every section filled: 4 actions a year, 60 cost lines over three years. */
export function benchOfferDocument(): OfferDocument {
  const doc = emptyOfferDocument("FULL_2018", YEARS);
  doc.applicants = {
    list: APPLICANTS.map((organisationId, i) => ({
      organisationId,
      name: `Stowarzyszenie Ławeczka Żółwia nr ${i + 1}`,
      legalForm: "stowarzyszenie",
      register: { kind: "KRS", number: `00001234${50 + i}` },
      seatAddress: `ul. Źródlana ${i + 1}, 45-001 Opole`,
      website: { na: true },
      correspondenceAddress: { na: true },
      email: `biuro${i}@example.org`,
      phone: "+48 77 123 45 67",
    })),
    contact: { name: "Anna Kowalska", phone: "+48 600 100 200", email: "anna@example.org" },
  };
  doc.description = {
    title: "Aktywni seniorzy w trzech gminach",
    startsOn: "2027-02-01",
    endsOn: "2029-11-30",
    synopsis: "Zajęcia, warsztaty i wolontariat seniorów. ".repeat(40),
  };
  const actionIds: string[] = [];
  for (const year of YEARS) {
    doc.plan[String(year)] = Array.from({ length: 4 }, (_, i) => {
      const id = `a${year}-${i}`;
      actionIds.push(id);
      return {
        id,
        name: `Działanie ${i + 1} w roku ${year}`,
        description: "Warsztaty w świetlicach wiejskich, dwa razy w tygodniu. ".repeat(3),
        targetGroup: "Seniorzy 60+",
        period: "II–XI",
        nonPartyScope: { na: true as const },
        applicantId: APPLICANTS[i % 3],
      };
    });
  }
  doc.results = {
    directEffect: "Zajęcia. ".repeat(50),
    socialChange: "Mniej samotności. ".repeat(30),
    sustainability: "Tak. ".repeat(20),
  };
  doc.resultsTable = Array.from({ length: 5 }, (_, i) => ({
    id: `r${i}`,
    name: `Rezultat ${i + 1}`,
    target: "120",
    monitoring: "Listy obecności",
  }));
  doc.profile = { previousActivity: "Od 2005 r. ".repeat(40), resources: "Sale, 12 osób, 3 samochody. ".repeat(20) };
  doc.costs = {
    lines: Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      category: i % 10 === 9 ? ("ADMIN" as const) : ("ACTION" as const),
      actionId: i % 10 === 9 ? undefined : actionIds[i % actionIds.length],
      name: `Koszt nr ${i + 1}: wynagrodzenie prowadzącego zajęcia`,
      unit: "godzina",
      unitCost: 8_000 + i * 150,
      qtyMilli: Object.fromEntries(YEARS.map((year, y) => [String(year), (10 + ((i + y) % 7)) * 1000])),
      applicantId: APPLICANTS[i % 3],
    })),
  };
  doc.funding = { grant: 0, ownFinancial: 0, ownNonFinancial: 0, recipientPayments: 0 };
  doc.other = { paid: "FREE", jointRoles: "Podział zadań według umowy partnerskiej.", otherInfo: { na: true } };
  doc.statements = { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true };
  return doc;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchOfferPdf() {
  const document = benchOfferDocument();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RENDERS; i += 1) {
    const started = performance.now();
    const pdf = await renderOfferPdf({
      document,
      kind: "JOINT",
      institutionName: "Urząd Marszałkowski Województwa Opolskiego",
      taskKind: "Wspieranie aktywności osób starszych",
      citation: "Dz. U. z 2024 r. poz. 1491",
      number: 1,
      shortChecksum: "0a55-22c2-b414",
      submittedAt: new Date("2027-01-15T14:59:58Z"),
    });
    times.push(performance.now() - started);
    bytes = pdf.length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n);
  return {
    name: "offer-pdf",
    renders: RENDERS,
    cost_lines: document.costs.lines.length,
    years: YEARS.length,
    applicants: APPLICANTS.length,
    first_ms: round(times[0]!),
    p50_ms: round(percentile(sorted, 50)),
    max_ms: round(sorted[sorted.length - 1]!),
    bytes,
  };
}
