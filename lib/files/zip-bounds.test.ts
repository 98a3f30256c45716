import JSZip from "jszip";
import { ArchiveBoundsError, DOCUMENT_ZIP_LIMITS, readWithin, zipProblem } from "@/lib/files/zip-bounds";
import { docxFile, hugeDocxFile, odtFile, withDeclaredSize } from "@/tests/factories/document-files";

const MB = 1024 * 1024;

describe("zipProblem", () => {
  it("lets real documents through", async () => {
    expect(zipProblem(await docxFile())).toBeNull();
    expect(zipProblem(await odtFile())).toBeNull();
  });

  it("refuses an archive that unpacks past the bound, honestly declared", async () => {
    const bomb = await hugeDocxFile(5 * MB);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(zipProblem(bomb, { ...DOCUMENT_ZIP_LIMITS, maxUncompressedBytes: 2 * MB })).toBe("TOO_LARGE_UNPACKED");
  });

  it("refuses a declared size past the bound without unpacking anything", async () => {
    const started = Date.now();
    expect(zipProblem(withDeclaredSize(await docxFile(), "word/document.xml", 3 * 1024 * MB))).toBe("TOO_LARGE_UNPACKED");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses an entry that unpacks to more than it declares, stopping at the declared size", async () => {
    const liar = withDeclaredSize(await hugeDocxFile(10 * MB), "word/document.xml", 1000);
    const started = Date.now();
    expect(zipProblem(liar)).toBe("TOO_LARGE_UNPACKED");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses too many entries and stops at its deadline", async () => {
    const crowded = new JSZip();
    for (let index = 0; index < 30; index++) crowded.file(`part-${index}.xml`, "<a/>");
    const bytes = await crowded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(zipProblem(bytes, { ...DOCUMENT_ZIP_LIMITS, maxEntries: 20 })).toBe("TOO_MANY_ENTRIES");
    let clock = 0;
    expect(zipProblem(bytes, { ...DOCUMENT_ZIP_LIMITS, maxMilliseconds: 5 }, () => (clock += 1))).toBe("TOO_SLOW");
  });

  it("calls bytes without an archive's directory no archive", () => {
    expect(zipProblem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("NOT_A_ZIP");
  });
});

describe("readWithin", () => {
  it("gives a reader its result, and stops waiting for one past its time", async () => {
    expect(await readWithin(async () => "tekst", 1000)).toBe("tekst");
    await expect(readWithin(() => new Promise<string>(() => undefined), 20)).rejects.toEqual(new ArchiveBoundsError("TOO_SLOW"));
  });
});
