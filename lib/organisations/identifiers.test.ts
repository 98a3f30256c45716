import fc from "fast-check";
import { normalizeKrs, normalizeNip, normalizeRegon } from "@/lib/organisations/identifiers";

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
const weighted = (value: string, weights: number[]) => weights.reduce((sum, w, i) => sum + w * Number(value[i]), 0);

/** Appends the check digit the domain rules give, or null where NIP has none. */
function withNipCheck(nine: string): string | null {
  const check = weighted(nine, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check === 10 ? null : nine + check;
}
const withRegon9Check = (eight: string) => eight + ((weighted(eight, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10);
const withRegon14Check = (thirteen: string) =>
  thirteen + ((weighted(thirteen, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]) % 11) % 10);

describe("normalizeNip", () => {
  it("accepts real NIPs in the ways people write them", () => {
    // From the KRS extracts in ../shared/data/krs (Fundacja OPP ECHO, Mediatorzy Polscy).
    expect(normalizeNip("687-177-50-32")).toBe("6871775032");
    expect(normalizeNip("PL 8133677183")).toBe("8133677183");
    expect(normalizeNip("6871775033")).toBeNull();
    expect(normalizeNip("687177503")).toBeNull();
  });

  it("accepts every number whose check digit is right, and only those", () => {
    fc.assert(
      fc.property(digits(9), fc.integer({ min: 0, max: 9 }), (nine, last) => {
        const valid = withNipCheck(nine);
        const candidate = nine + last;
        expect(normalizeNip(candidate)).toBe(candidate === valid ? candidate : null);
      }),
    );
  });

  it("catches any single mistyped digit", () => {
    fc.assert(
      fc.property(
        digits(9),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (nine, position, delta) => {
          const valid = withNipCheck(nine);
          fc.pre(valid !== null);
          const typo =
            valid!.slice(0, position) + ((Number(valid![position]) + delta) % 10) + valid!.slice(position + 1);
          expect(normalizeNip(typo)).toBeNull();
        },
      ),
    );
  });
});

describe("normalizeRegon", () => {
  it("accepts REGON-9 and REGON-14 with correct check digits, and only those", () => {
    fc.assert(
      fc.property(digits(8), (eight) => {
        const valid = withRegon9Check(eight);
        expect(normalizeRegon(valid)).toBe(valid);
        const wrong = valid.slice(0, 8) + ((Number(valid[8]) + 1) % 10);
        expect(normalizeRegon(wrong)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(digits(8), digits(4), (eight, local) => {
        const valid = withRegon14Check(withRegon9Check(eight) + local);
        fc.pre(!valid.endsWith("00000"));
        expect(normalizeRegon(valid)).toBe(valid);
      }),
    );
  });

  it("reads the REGONs of real KRS extracts", () => {
    expect(normalizeRegon("37115134900000")).toBe("371151349");
    expect(normalizeRegon("18095209200000")).toBe("180952092");
    expect(normalizeRegon("371151348")).toBeNull();
  });

  it("strips KRS's zero padding of 9-digit numbers", () => {
    fc.assert(
      fc.property(digits(8), (eight) => {
        const regon9 = withRegon9Check(eight);
        expect(normalizeRegon(`${regon9}00000`)).toBe(regon9);
      }),
    );
  });

  it("refuses a REGON-14 whose first nine digits are not a REGON", () => {
    fc.assert(
      fc.property(digits(8), digits(4), (eight, local) => {
        const good9 = withRegon9Check(eight);
        const bad9 = good9.slice(0, 8) + ((Number(good9[8]) + 1) % 10);
        expect(normalizeRegon(withRegon14Check(bad9 + local))).toBeNull();
      }),
    );
  });
});

describe("normalizeKrs", () => {
  it("pads to 10 digits and refuses anything else", () => {
    expect(normalizeKrs("159405")).toBe("0000159405");
    expect(normalizeKrs("0000431452")).toBe("0000431452");
    expect(normalizeKrs("00000000000")).toBeNull();
    expect(normalizeKrs("0")).toBeNull();
    expect(normalizeKrs("12345678901")).toBeNull();
    expect(normalizeKrs("KRS 123")).toBeNull();
  });
});
