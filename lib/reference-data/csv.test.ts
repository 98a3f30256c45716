import { parseCsv } from "@/lib/reference-data/csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and newlines", () => {
    const rows = parseCsv('code,name\n1,"pomocy, w tym ""rodzinie""\ni osobom"\n2,plain\n');
    expect(rows).toEqual([
      { code: "1", name: 'pomocy, w tym "rodzinie"\ni osobom' },
      { code: "2", name: "plain" },
    ]);
  });

  it("accepts CRLF line endings and a missing final newline", () => {
    expect(parseCsv("a,b\r\n1,2\r\n3,4")).toEqual([
      { a: "1", b: "2" },
      { a: "3", b: "4" },
    ]);
  });

  it("rejects rows that do not match the header", () => {
    expect(() => parseCsv("a,b\n1,2,3\n")).toThrow(/row 2 has 3 fields/);
    expect(() => parseCsv('a\n"open')).toThrow(/inside a quoted field/);
  });
});
