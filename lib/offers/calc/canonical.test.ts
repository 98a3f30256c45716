import fc from "fast-check";
import { canonicalJson, CanonicalJsonError, shortChecksum } from "@/lib/offers/calc/canonical";
import { offerChecksum } from "@/lib/offers/calc/checksum";
import { completeOffer } from "@/tests/helpers/offer-arbitraries";

/** JSON values as stored: safe integers, strings, booleans, null, arrays, objects. */
const { value: jsonValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.maxSafeInteger(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
  ),
}));

function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  }
  return value;
}

/** Every path to a leaf, with a function that changes that leaf. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function changeLeaf(value: unknown, path: (string | number)[]): unknown {
  if (path.length === 0) {
    if (typeof value === "number") return value === Number.MAX_SAFE_INTEGER ? value - 1 : value + 1;
    if (typeof value === "string") return `${value}x`;
    if (typeof value === "boolean") return !value;
    return 0;
  }
  const copy = structuredClone(value) as Record<string | number, unknown>;
  // defineProperty, so that a key named "__proto__" stays a key.
  Object.defineProperty(copy, path[0]!, {
    value: changeLeaf(copy[path[0]!], path.slice(1)),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

describe("canonicalJson", () => {
  it("sorts keys, normalises strings and drops undefined properties", () => {
    expect(canonicalJson({ b: 1, a: ["Zażółć", null], c: undefined })).toBe('{"a":["Zażółć",null],"b":1}');
    expect(canonicalJson("Z\u0061\u0307")).toBe(canonicalJson("Z\u0227"));
  });

  it("refuses what would print differently elsewhere", () => {
    expect(() => canonicalJson(0.1)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(2 ** 53)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(CanonicalJsonError);
  });

  // Property 10.
  it("does not depend on the order of keys", () => {
    fc.assert(fc.property(jsonValue, (value) => expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value))));
  });

  it("changes the checksum when any leaf changes", () => {
    fc.assert(
      fc.property(
        jsonValue
          .filter((value) => leaves(value).length > 0)
          .chain((value) => fc.tuple(fc.constant(value), fc.constantFrom(...leaves(value)))),
        ([value, path]) => {
          const changed = changeLeaf(value, path);
          expect(offerChecksum("v@1", changed).hex).not.toBe(offerChecksum("v@1", value).hex);
        },
      ),
    );
  });
});

describe("offerChecksum", () => {
  it("is the SHA-256 of the template version and the canonical document, printed short in three groups", () => {
    const doc = completeOffer();
    const sum = offerChecksum("2057-2018-zal1@1", doc);
    expect(sum.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(sum.short).toBe(shortChecksum(sum.hex));
    expect(sum.short).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(offerChecksum("2057-2018-zal1@1", reversedKeys(doc))).toEqual(sum);
    expect(offerChecksum("2057-2018-zal1@2", doc).hex).not.toBe(sum.hex);
  });
});
