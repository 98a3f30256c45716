import { docxToConsultationText, htmlToConsultationText } from "@/lib/consultations/docx-text";
import { splitIntoUnits } from "@/lib/consultations/units";
import { ArchiveBoundsError } from "@/lib/files/zip-bounds";
import { docxFile, hugeDocxFile, withDeclaredSize } from "@/tests/factories/document-files";

describe("htmlToConsultationText", () => {
  it("restores Word's automatic numbering as ust., pkt and lit.", () => {
    const html =
      "<p>§ 1. Uchwała określa zasady.</p><p>§ 2.</p><ol><li>Konsultacje trwają 14 dni.</li><li>Formami konsultacji są:<ol><li>opinia pisemna;</li><li>spotkanie:<ol><li>otwarte,</li><li>z radą.</li></ol></li></ol></li></ol><p>§ 3. Wchodzi w życie &amp; obowiązuje.</p>";
    const text = htmlToConsultationText(html);
    expect(text).toBe(
      [
        "§ 1. Uchwała określa zasady.",
        "",
        "§ 2.",
        "",
        "1. Konsultacje trwają 14 dni.",
        "2. Formami konsultacji są:",
        "1) opinia pisemna;",
        "2) spotkanie:",
        "a) otwarte,",
        "b) z radą.",
        "§ 3. Wchodzi w życie & obowiązuje.",
      ].join("\n"),
    );
    expect(splitIntoUnits(text).map((unit) => unit.key)).toEqual([
      "par-1",
      "par-2",
      "par-2-ust-1",
      "par-2-ust-2",
      "par-2-ust-2-pkt-1",
      "par-2-ust-2-pkt-2",
      "par-2-ust-2-pkt-2-lit-a",
      "par-2-ust-2-pkt-2-lit-b",
      "par-3",
    ]);
  });

  it("turns headings into Markdown headings and keeps paragraphs apart", () => {
    expect(htmlToConsultationText("<h1>Strategia</h1><p>Wizja.</p><h2>Cele</h2><p>Pierwszy.</p><p>Drugi.</p>")).toBe(
      "# Strategia\n\nWizja.\n\n## Cele\n\nPierwszy.\n\nDrugi.",
    );
  });
});

describe("docxToConsultationText", () => {
  it("does not unpack an archive past its bounds", async () => {
    await expect(
      docxToConsultationText(withDeclaredSize(await hugeDocxFile(100_000), "word/document.xml", 10)),
    ).rejects.toBeInstanceOf(ArchiveBoundsError);
  });

  it("reads a real DOCX", async () => {
    expect(
      await docxToConsultationText(
        await docxFile(["§ 1. Stowarzyszenie nosi nazwę „Żółw”.", "§ 2. Siedzibą jest Opole."]),
      ),
    ).toBe("§ 1. Stowarzyszenie nosi nazwę „Żółw”.\n\n§ 2. Siedzibą jest Opole.");
  });
});
