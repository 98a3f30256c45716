import fc from "fast-check";
import { canonicalJson } from "@/lib/offers/calc/canonical";
import { assertUnchangedOutside, CorrectionMergeError, mergeCorrection } from "@/lib/offers/corrections/merge";
import { correctionPartsSchema, namedSectionKeys } from "@/lib/offers/corrections/parts";
import { offerSectionKeyList, type OfferDocument, type OfferSectionKey } from "@/lib/offers/document/schema";
import { completeOffer } from "@/tests/helpers/offer-arbitraries";

// Section contents as JSON the canonical text accepts (safe integers, no floats).
const contentArb = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null)),
  { maxKeys: 4 },
);
const draftArb = fc.record(
  Object.fromEntries(offerSectionKeyList.map((key) => [key, contentArb])) as Record<OfferSectionKey, typeof contentArb>,
);
const namedArb = fc.subarray(offerSectionKeyList);

describe("mergeCorrection", () => {
  it("takes the named sections from the draft and every other key, byte for byte, from the version corrected", () => {
    fc.assert(
      fc.property(draftArb, namedArb, (draftSections, named) => {
        const prev = completeOffer();
        const draft = { ...prev, ...draftSections, years: [1999] } as unknown as OfferDocument;
        const next = mergeCorrection(prev, draft, named);
        for (const key of Object.keys(prev) as (keyof OfferDocument)[]) {
          const source = (named as string[]).includes(key) ? draft : prev;
          expect(canonicalJson(next[key])).toBe(canonicalJson(source[key]));
        }
        expect(() => assertUnchangedOutside(prev, next, named)).not.toThrow();
      }),
    );
  });

  it("catches any change outside the named parts, naming the key", () => {
    fc.assert(
      fc.property(namedArb, fc.constantFrom(...offerSectionKeyList), (named, touched) => {
        fc.pre(!named.includes(touched));
        const prev = completeOffer();
        const next = { ...mergeCorrection(prev, prev, named), [touched]: { changed: 1 } } as unknown as OfferDocument;
        expect(() => assertUnchangedOutside(prev, next, named)).toThrow(new CorrectionMergeError(touched));
      }),
    );
    const prev = completeOffer();
    expect(() => assertUnchangedOutside(prev, { ...prev, years: [2030] }, offerSectionKeyList)).toThrow(
      new CorrectionMergeError("years"),
    );
  });

  it("leaves a section the draft lacks as it was", () => {
    const prev = completeOffer();
    const next = mergeCorrection(prev, {}, ["plan"]);
    expect(canonicalJson(next)).toBe(canonicalJson(prev));
  });
});

describe("correction parts", () => {
  it("accepts sections and attachment requirements once each, and lists the named sections", () => {
    const parts = correctionPartsSchema.parse([
      { kind: "section", key: "plan" },
      { kind: "attachment", requirementId: "r1", organisationId: "o1" },
      { kind: "section", key: "costs" },
    ]);
    expect(namedSectionKeys(parts)).toEqual(["plan", "costs"]);
    expect(correctionPartsSchema.safeParse([]).success).toBe(false);
    expect(
      correctionPartsSchema.safeParse([
        { kind: "section", key: "plan" },
        { kind: "section", key: "plan" },
      ]).success,
    ).toBe(false);
    expect(correctionPartsSchema.safeParse([{ kind: "section", key: "nope" }]).success).toBe(false);
    expect(correctionPartsSchema.safeParse([{ kind: "section", key: "plan", extra: 1 }]).success).toBe(false);
  });
});
