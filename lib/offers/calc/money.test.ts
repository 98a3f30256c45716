import fc from "fast-check";
import {
  atLeastShare,
  formatPln,
  MAX_AMOUNT,
  minimumForShare,
  mulUnits,
  parsePln,
  shareBp,
} from "@/lib/offers/calc/money";

describe("parsePln", () => {
  it.each([
    ["1234", 123_400],
    ["1 234,56", 123_456],
    ["1\u00a0234,5", 123_450],
    ["1\u202f234,56 zł", 123_456],
    ["1234.5", 123_450],
    ["0,07", 7],
    ["12 345 678,90 PLN", 1_234_567_890],
    ["1.234,56", 123_456],
  ])("reads %j as %d grosze", (text, grosze) => {
    expect(parsePln(text)).toEqual({ ok: true, value: grosze });
  });

  it("reads each language's grouping", () => {
    expect(parsePln("PLN 1,234.56", "en")).toEqual({ ok: true, value: 123_456 });
    expect(parsePln("1,234", "en")).toEqual({ ok: true, value: 123_400 });
    expect(parsePln("1.234", "de")).toEqual({ ok: true, value: 123_400 });
    expect(parsePln("1,5", "de")).toEqual({ ok: true, value: 150 });
  });

  it.each([
    ["", "EMPTY"],
    ["  zł", "EMPTY"],
    ["-5", "NEGATIVE"],
    ["12,345", "PRECISION"],
    ["abc", "FORMAT"],
    ["1,2,3", "FORMAT"],
    ["1.23,4.5", "FORMAT"],
    ["100000000000", "TOO_LARGE"],
    ["10000000000,01", "TOO_LARGE"],
  ])("refuses %j (%s) rather than guess", (text, error) => {
    expect(parsePln(text)).toEqual({ ok: false, error });
  });

  // Property 8 of the design.
  it.each(["pl", "en", "de"])("reads back what formatPln wrote in %s, for every amount", (locale) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT }), (grosze) => {
        expect(parsePln(formatPln(grosze, locale), locale)).toEqual({ ok: true, value: grosze });
      }),
    );
  });

  it("accepts Polish input however it is spaced", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.constantFrom(" ", "\u00a0", "\u202f", ""),
        (grosze, space) => {
          const whole = String(Math.floor(grosze / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, space);
          const text = `${whole},${String(grosze % 100).padStart(2, "0")}`;
          expect(parsePln(text)).toEqual({ ok: true, value: grosze });
        },
      ),
    );
  });
});

describe("formatPln", () => {
  it("writes złoty as each language does", () => {
    expect(formatPln(123_456, "pl")).toBe("1234,56\u00a0zł");
    expect(formatPln(12_345_678, "pl")).toBe("123\u00a0456,78\u00a0zł");
    expect(formatPln(5, "en")).toBe("PLN\u00a00.05");
  });
});

describe("mulUnits", () => {
  it("rounds half away from zero to the grosz", () => {
    expect(mulUnits(333, 1_500)).toBe(500); // 499,5 → 500
    expect(mulUnits(333, 1_501)).toBe(500);
    expect(mulUnits(1, 499)).toBe(0);
    expect(mulUnits(1, 500)).toBe(1);
  });

  it("is exact beyond 2^53", () => {
    expect(mulUnits(MAX_AMOUNT, 1_000_000_000)).toBe(10 ** 18);
  });

  // Property 2 of the design, for the product itself.
  it("is within half a grosz of the exact product and always an integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT }), fc.integer({ min: 0, max: 9_000 }), (unitCost, qty) => {
        const value = mulUnits(unitCost, qty);
        expect(Number.isSafeInteger(value)).toBe(true);
        const error = BigInt(value) * 1000n - BigInt(unitCost) * BigInt(qty);
        expect(error <= 500n && error >= -500n).toBe(true);
      }),
    );
  });
});

describe("shares", () => {
  it("rounds half up and never divides by zero", () => {
    expect(shareBp(1, 3)).toBe(3333);
    expect(shareBp(2, 3)).toBe(6667);
    expect(shareBp(5, 0)).toBe(0);
  });

  it("gives the smallest amount that reaches a share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: MAX_AMOUNT }), (bp, whole) => {
        const minimum = minimumForShare(bp, whole);
        expect(atLeastShare(minimum, bp, whole)).toBe(true);
        if (minimum > 0) expect(atLeastShare(minimum - 1, bp, whole)).toBe(false);
      }),
    );
  });
});
