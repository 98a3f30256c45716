/**
 * @jest-environment node
 */
import ExcelJS from "exceljs";
import { withDeclaredSize } from "@/tests/factories/document-files";
import { decodeText, detectDelimiter, readSpreadsheet, SpreadsheetError } from "@/lib/organisations/bulk-import/parse";

/** "Koło Gospodyń Wiejskich;Łąka" in Windows-1250, as Excel on a Polish Windows saves it. */
const WINDOWS_1250 = new Uint8Array([
  ...Buffer.from("Nazwa;Gmina\r\nKo"),
  0xb3,
  ...Buffer.from("o Gospody"),
  0xf1,
  ...Buffer.from(" Wiejskich;"),
  0xa3,
  0xb9,
  ...Buffer.from("ka\r\n"),
]);

describe("reading uploaded spreadsheets", () => {
  it("reads UTF-8 with and without a BOM, and Windows-1250", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("Żółw")]))).toEqual({
      text: "Żółw",
      encoding: "utf-8",
    });
    expect(decodeText(Buffer.from("Żółw"))).toEqual({ text: "Żółw", encoding: "utf-8" });
    expect(decodeText(WINDOWS_1250).text).toContain("Koło Gospodyń Wiejskich;Łąka");
    expect(decodeText(WINDOWS_1250).encoding).toBe("windows-1250");
  });

  it("finds the separator of the header line", () => {
    expect(detectDelimiter("Nazwa;KRS;Gmina\na,b;c")).toBe(";");
    expect(detectDelimiter('"Nazwa; pełna",KRS\n')).toBe(",");
    expect(detectDelimiter("Nazwa\tKRS\n")).toBe("\t");
  });

  it("turns CSV and XLSX into the same header and text rows", async () => {
    const csv = await readSpreadsheet(WINDOWS_1250);
    expect(csv).toEqual({
      encoding: "windows-1250",
      headers: ["Nazwa", "Gmina"],
      rows: [["Koło Gospodyń Wiejskich", "Łąka"]],
    });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Lista");
    sheet.addRow(["Nazwa", "KRS", "Data"]);
    sheet.addRow(["Fundacja „Żółw”", 159405, new Date(Date.UTC(2020, 4, 1))]);
    sheet.addRow([]);
    const xlsx = await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(xlsx).toEqual({
      encoding: "xlsx",
      headers: ["Nazwa", "KRS", "Data"],
      rows: [["Fundacja „Żółw”", "159405", "2020-05-01"]],
    });
  });

  it("refuses what is not a usable spreadsheet, with the reason", async () => {
    const failure = (bytes: Uint8Array) =>
      readSpreadsheet(bytes).then(
        () => null,
        (e: SpreadsheetError) => e.failure,
      );
    expect(await failure(new Uint8Array())).toBe("EMPTY");
    expect(await failure(Buffer.from("Nazwa;Gmina\r\n"))).toBe("EMPTY");
    expect(await failure(new Uint8Array(10 * 1024 * 1024 + 1))).toBe("TOO_LARGE");
    expect(await failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      "UNSUPPORTED_TYPE",
    );
    expect(await failure(Buffer.from("PK\u0003\u0004 not really a zip"))).toBe("UNREADABLE");
    // A zip bomb is not unpacked.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Arkusz").addRow(["Nazwa", "KRS"]);
    expect(
      await failure(withDeclaredSize(new Uint8Array(await workbook.xlsx.writeBuffer()), "xl/workbook.xml", 10)),
    ).toBe("ARCHIVE_TOO_LARGE");
  });
});
