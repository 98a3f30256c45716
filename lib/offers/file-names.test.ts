import { downloadName, extensionOf, MAX_DOWNLOAD_NAME } from "@/lib/files/download-name";
import { offerAttachmentFileName, offerVersionFileName, type OfferNaming } from "@/lib/offers/file-names";

const smallGrant: OfferNaming = {
  title: "Dzień zdrowia seniora z wolontariuszami",
  competition: null,
  leadOrganisation: { name: "Fundacja Opolskie Centrum Wolontariatu", shortName: "Fundacja OCW" },
};
const competitionOffer: OfferNaming = {
  title: "Wolontariat łączy pokolenia",
  competition: { slug: "konkurs-wojewodztwo-opolskie-seniorzy-wolontariat" },
  leadOrganisation: { name: "Stowarzyszenie „Łąki i Żuraw” w Łodzi", shortName: null },
};
const version = { number: 1, shortChecksum: "0a55-22c2-b414" };

describe("the names offers are downloaded under (UX review F-D1)", () => {
  it("say a small grant's title, its offeror and version, and end with the checksum printed on its pages", () => {
    expect(offerVersionFileName(smallGrant, "offer", version)).toBe(
      "maly-grant-dzien-zdrowia-seniora-z-wolontariuszami-fundacja-ocw-wersja-1-0a55-22c2-b414.pdf",
    );
    expect(offerVersionFileName(smallGrant, "confirmation", { ...version, number: 2 })).toBe(
      "potwierdzenie-maly-grant-dzien-zdrowia-seniora-z-wolontariuszami-fundacja-ocw-wersja-2-0a55-22c2-b414.pdf",
    );
  });

  it("name a competition's offer by the competition and the offeror, Polish letters transliterated", () => {
    const name = offerVersionFileName(competitionOffer, "offer", version);
    expect(name).toBe(
      "oferta-konkurs-wojewodztwo-opolskie-seniorzy-wolontariat-stowarzyszenie-laki-i-zuraw-w-lodzi-wersja-1-0a55-22c2-b414.pdf",
    );
    expect(name).toMatch(/^[a-z0-9.-]+$/);
    // A long name keeps its last word, often the one that tells organisations apart (e2e: the demo foundation).
    const foundation = { name: "Fundacja Opolskie Centrum Wolontariatu", shortName: null };
    expect(offerVersionFileName({ ...competitionOffer, leadOrganisation: foundation }, "offer", version)).toBe(
      "oferta-konkurs-wojewodztwo-opolskie-seniorzy-wolontariat-fundacja-opolskie-centrum-wolontariatu-wersja-1-0a55-22c2-b414.pdf",
    );
    expect(offerVersionFileName(competitionOffer, "signedConfirmation", version, "xml")).toMatch(
      /^potwierdzenie-podpisane-konkurs-.*-wersja-1-0a55-22c2-b414\.xml$/,
    );
  });

  it("name an attachment by its title, keep its file's extension and a piece of its id", () => {
    expect(
      offerAttachmentFileName(
        smallGrant,
        { id: "cmattachment0000000abc123", title: "Statut fundacji (aktualny)" },
        "skan statutu.PDF",
      ),
    ).toBe(
      "zalacznik-maly-grant-dzien-zdrowia-seniora-z-wolontariuszami-fundacja-ocw-statut-fundacji-aktualny-abc123.pdf",
    );
  });

  it("stay within the cap however long the names, cutting words before the id, which is kept whole", () => {
    const long: OfferNaming = {
      title: "Bardzo długi tytuł oferty ".repeat(10),
      competition: { slug: "konkurs-na-bardzo-dlugie-zadania-publiczne-w-roku-2027-i-kolejnych" },
      leadOrganisation: { name: "Stowarzyszenie Przyjaciół ".repeat(10), shortName: null },
    };
    const name = offerVersionFileName(long, "confirmation", version);
    expect(name.length).toBeLessThanOrEqual(MAX_DOWNLOAD_NAME);
    expect(name).toMatch(/-wersja-1-0a55-22c2-b414\.pdf$/);
    // Whole words: no part ends mid-word.
    expect(name).toContain("-konkurs-na-bardzo-dlugie-zadania-publiczne-w-roku-");
    expect(name).toContain("-stowarzyszenie-przyjaciol-");
    expect(name).not.toMatch(/--/);
  });

  it("give every part its own cap and drop the descriptive parts from the end when the whole is too long", () => {
    expect(downloadName(["ogłoszenie", "", { text: "Konkurs: sport 2027", max: 90 }], [], "PDF")).toBe(
      "ogloszenie-konkurs-sport-2027.pdf",
    );
    const squeezed = downloadName([{ text: "a ".repeat(200), max: 300 }], ["wersja-3", "id-1234"], "pdf");
    expect(squeezed.length).toBeLessThanOrEqual(MAX_DOWNLOAD_NAME);
    expect(squeezed).toMatch(/^a-a-.*-a-wersja-3-id-1234\.pdf$/);
    expect(downloadName(["!!!"], [], "")).toBe("plik.bin");
    expect(extensionOf("umowa.final.DOCX")).toBe("docx");
    expect(extensionOf("bez rozszerzenia")).toBe("bin");
  });
});
