import { extractDocumentText } from "@/lib/library/text";
import { completeOffer } from "@/tests/helpers/offer-arbitraries";
import { renderConfirmationPdf } from "@/lib/offers/pdf/confirmation-pdf";
import { statementText } from "@/lib/offers/pdf/layout";
import { renderOfferPdf, type OfferPdfInput } from "@/lib/offers/pdf/offer-pdf";
import { templateField } from "@/lib/offers/template/templates";

// The first render loads the fonts and pdf.js; on a shared machine that takes seconds.
jest.setTimeout(30_000);

const SUBMITTED = new Date("2027-03-15T14:59:58Z");

function input(overrides: Partial<OfferPdfInput> = {}): OfferPdfInput {
  return {
    document: completeOffer(),
    kind: "SINGLE",
    institutionName: "Urząd Marszałkowski Województwa Opolskiego",
    taskKind: "Wspieranie aktywności osób starszych",
    citation: "Dz. U. z 2024 r. poz. 1491",
    number: 2,
    shortChecksum: "0a55-22c2-b414",
    submittedAt: SUBMITTED,
    ...overrides,
  };
}

const text = async (bytes: Uint8Array) => (await extractDocumentText(bytes, "pdf"))!.replace(/\s+/g, " ");

describe("the offer PDF", () => {
  it("prints the template's sections, the typed and computed values and the checksum on every page", async () => {
    const bytes = await renderOfferPdf(input());
    const all = await text(bytes);
    for (const heading of [
      "OFERTA REALIZACJI ZADANIA PUBLICZNEGO",
      "ART. 14 UST. 1",
      "DZ. U. Z 2024 R. POZ. 1491",
      "I. Podstawowe informacje o złożonej ofercie",
      "II. Dane oferenta(-tów)",
      "III. Opis zadania",
      "Plan i harmonogram działań na rok 2027",
      "Plan i harmonogram działań na rok 2028",
      "IV. Charakterystyka oferenta",
      "V.A Zestawienie kosztów realizacji zadania",
      "V.B Źródła finansowania kosztów realizacji zadania",
      "VI. Inne informacje",
      "VII. Oświadczenia",
    ])
      expect(all).toContain(heading);
    expect(all).toContain("Fundacja Opolskie Centrum Wolontariatu");
    expect(all).toContain("Seniorzy w sieci");
    // 22 000 zł of costs, computed; the grant's share of them.
    expect(all).toContain("22 000,00");
    expect(all).toContain("19 800,00");
    expect(all).toContain("90%");
    // Joint-only parts are left out of a single offer.
    expect(all).not.toContain("V.C Podział kosztów");
    const pages = all.match(/strona \d+ z (\d+)/g) ?? [];
    const count = Number(/z (\d+)$/.exec(pages[0] ?? "")?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(pages).toHaveLength(count);
    expect(all).toContain(
      "Suma kontrolna 0a55-22c2-b414 · wersja 2 · złożona 2027-03-15 15:59:58 (czasu polskiego) · strona 1 z",
    );
  });

  it("prints only the chosen wording of a strike-out statement", async () => {
    const s3 = templateField("FULL_2018", "statements", "s3")!;
    expect(statementText(s3, "NO_ARREARS")).toBe(
      "oferent / oferenci składający niniejszą ofertę nie zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
    );
    const all = await text(await renderOfferPdf(input()));
    expect(all).toContain("są zgodne z Krajowym Rejestrem Sądowym");
    expect(all).not.toContain("Krajowym Rejestrem Sądowym / inną");
  });

  it("prints the joint offer's title, applicants and V.C", async () => {
    const document = completeOffer();
    document.applicants.list.push({
      ...document.applicants.list[0]!,
      organisationId: "org-partner",
      name: "Zielona Odra",
    });
    document.jointSplit = {
      "org-lead": { "2027": 600_000, "2028": 600_000 },
      "org-partner": { "2027": 500_000, "2028": 500_000 },
    };
    const all = await text(await renderOfferPdf(input({ document, kind: "JOINT" })));
    expect(all).toContain("OFERTA WSPÓLNA REALIZACJI ZADANIA PUBLICZNEGO");
    expect(all).toContain("ART. 14 UST. 2");
    expect(all).toContain("V.C Podział kosztów realizacji zadania pomiędzy oferentów");
    expect(all).toContain("Zielona Odra");
    expect(all).toContain("12 000,00");
  });

  it("gives the same bytes for the same version", async () => {
    const [first, second] = await Promise.all([renderOfferPdf(input()), renderOfferPdf(input())]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe("the confirmation of submission", () => {
  it("names the offer, its full checksum and a signature block for each chosen signer", async () => {
    const checksum = "0a5522c2b414".padEnd(64, "f");
    const bytes = await renderConfirmationPdf({
      institutionName: "Urząd Marszałkowski Województwa Opolskiego",
      competitionTitle: "Konkurs 2027",
      competitionReference: "DPO-I.524.1.2027",
      task: "Zadanie 1: Wspieranie aktywności osób starszych",
      offerTitle: "Seniorzy w sieci",
      applicants: [
        {
          name: "Fundacja Forum",
          register: "KRS 0000123456",
          signers: [{ name: "E******* D***", function: "PREZES" }],
        },
        { name: "Zielona Odra", register: "KRS 0000654321", signers: [] },
      ],
      number: 1,
      checksum,
      shortChecksum: "0a55-22c2-b414",
      submittedAt: SUBMITTED,
    });
    const all = await text(bytes);
    expect(all).toContain("Potwierdzenie złożenia oferty");
    expect(all).toContain(checksum);
    expect(all).toContain("DPO-I.524.1.2027");
    expect(all).toContain("E******* D***, PREZES");
    expect(all).toContain("Podpisy osób upoważnionych do składania oświadczeń woli w imieniu: Zielona Odra");
    // Blank blocks for an applicant whose signers were not chosen.
    expect(all.match(/imię i nazwisko, funkcja/g)).toHaveLength(2);
    expect(all).toContain("wersja 1, złożona 2027-03-15 15:59:58 (czasu polskiego)");
    // The sentence the board signs, in the template's plural form ("Oświadczam(-my)" in part VII).
    expect(all).toContain("Potwierdzam(-my), że oferta o powyższej sumie kontrolnej została złożona");
  });
});

describe("a long task", () => {
  it("puts V.A's year columns on a landscape page when there are more than three years", async () => {
    const document = completeOffer();
    document.years = [2027, 2028, 2029, 2030];
    document.costs.lines[2]!.qtyMilli = { "2027": 1_000, "2028": 1_000, "2029": 1_000, "2030": 1_000 };
    const bytes = await renderOfferPdf(input({ document }));
    const all = await text(bytes);
    expect(all).toContain("Rok 4 (2030) [PLN]");
    // A landscape A4 page (842 × 595 pt) among the portrait ones.
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });
});

describe("a small grant's offer", () => {
  it("is titled as the simplified offer of art. 19a and leaves out the competition's plan and section VI", async () => {
    const document = { ...completeOffer(), template: "SIMPLIFIED_2018" as const };
    const all = await text(await renderOfferPdf(input({ document, taskKind: "" })));
    expect(all).toContain("UPROSZCZONA OFERTA REALIZACJI ZADANIA PUBLICZNEGO");
    expect(all).toContain("ART. 19A");
    expect(all).not.toContain("Plan i harmonogram");
    expect(all).not.toContain("VI. Inne informacje");
  });
});
