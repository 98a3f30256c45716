import JSZip from "jszip";
import { fillPartXml, fillTemplate, TemplateError } from "@/lib/partnerships/agreement/fill";
import { BLANK, PLACEHOLDER_NAMES, type PlaceholderValues } from "@/lib/partnerships/agreement/placeholders";
import { agreementTemplateDocx } from "@/lib/partnerships/agreement/template";

const values = (overrides: Partial<PlaceholderValues> = {}): PlaceholderValues => ({
  ...(Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, `<${name}>`])) as PlaceholderValues),
  ...overrides,
});

const run = (text: string, bold = false) =>
  `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p w:rsidR="00A1">${runs.join("")}</w:p>`;
const body = (...paragraphs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join("")}</w:body></w:document>`;

/** The text of each paragraph, as Word would show it (line breaks as \n). */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? "\n").join(""),
  );
}

async function docxWith(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array" });
}

describe("filling an agreement template", () => {
  it("fills the platform's own template, every placeholder in a run of its own", async () => {
    const filled = await fillTemplate(
      await agreementTemplateDocx(),
      values({ "requester.name": "Fundacja Pogranicza", "partner.name": "Gmina Nysa", "request.title": "Lato" }),
    );
    const xml = await (await JSZip.loadAsync(filled)).file("word/document.xml")!.async("string");
    expect(xml).not.toContain("{{");
    const text = paragraphTexts(xml).join("\n");
    expect(text).toContain("o wspólnej realizacji inicjatywy „Lato”");
    expect(text).toContain("Fundacja Pogranicza, forma prawna: &lt;requester.legalForm&gt;");
    expect(text).toContain("Gmina Nysa");
  });

  it("escapes what it writes, so text cannot become markup, and keeps line breaks", () => {
    const xml = fillPartXml(
      body(paragraph(run("Tytuł: {{request.title}}"))),
      values({ "request.title": "A & B <w:t>\"x\"</w:t> 'y'\u0001\nDruga linia" }),
    );
    expect(xml).toContain(
      'Tytuł: A &amp; B &lt;w:t&gt;&quot;x&quot;&lt;/w:t&gt; &apos;y&apos;</w:t><w:br/><w:t xml:space="preserve">Druga linia',
    );
    expect(paragraphTexts(xml)).toEqual([
      "Tytuł: A &amp; B &lt;w:t&gt;&quot;x&quot;&lt;/w:t&gt; &apos;y&apos;\nDruga linia",
    ]);
  });

  it("joins a placeholder an editor split across runs, keeping the other runs' text and formatting", () => {
    const xml = fillPartXml(
      body(
        paragraph(
          run("Strona: "),
          run("{{requester", true),
          '<w:proofErr w:type="spellStart"/>',
          run("."),
          run("name}}, "),
          run("{{partner.na"),
          run("me}} i {{"),
          run(" request.title }}", true),
          run(" koniec"),
        ),
        paragraph(run("{{agreement.date}}")),
      ),
      values({ "requester.name": "Fundacja", "partner.name": "Gmina", "request.title": "Lato" }),
    );
    expect(paragraphTexts(xml)).toEqual(["Strona: Fundacja, Gmina i Lato koniec", "&lt;agreement.date&gt;"]);
    // The placeholder took the formatting of the run it starts in; the rest kept theirs.
    expect(xml).toContain('<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Fundacja</w:t>');
    expect(xml).toContain(
      '<w:r><w:t xml:space="preserve"> i Lato</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"></w:t>',
    );
  });

  it("fills a template whose placeholders Word split, read from a DOCX file", async () => {
    const template = await docxWith(body(paragraph(run("Umowa: {{request."), run("title}}", true))));
    const filled = await fillTemplate(template, values({ "request.title": "Kuchnia sąsiedzka" }));
    const xml = await (await JSZip.loadAsync(filled)).file("word/document.xml")!.async("string");
    expect(paragraphTexts(xml)).toEqual(["Umowa: Kuchnia sąsiedzka"]);
  });

  it("does not join placeholders across paragraphs: an unclosed one is refused with its text", () => {
    expect(() => fillPartXml(body(paragraph(run("Koniec {{request")), paragraph(run(".title}}"))), values())).toThrow(
      new TemplateError("UNCLOSED_PLACEHOLDER", "{{request"),
    );
  });

  it("refuses a placeholder it does not know, naming it, and a file that is no DOCX", async () => {
    const unknown = await docxWith(body(paragraph(run("{{partner."), run("bank}}"))));
    await expect(fillTemplate(unknown, values())).rejects.toEqual(
      new TemplateError("UNKNOWN_PLACEHOLDER", "partner.bank"),
    );
    await expect(fillTemplate(new TextEncoder().encode("%PDF-1.7"), values())).rejects.toEqual(
      new TemplateError("NOT_DOCX"),
    );
  });

  it("writes the blank line for missing data as it is given", () => {
    const xml = fillPartXml(body(paragraph(run("NIP: {{partner.nip}}"))), values({ "partner.nip": BLANK }));
    expect(paragraphTexts(xml)).toEqual([`NIP: ${BLANK}`]);
  });
});
