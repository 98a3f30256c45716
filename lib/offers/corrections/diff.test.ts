import { changedSections, diffVersions } from "@/lib/offers/corrections/diff";
import { offerSectionKeys } from "@/lib/offers/document/schema";
import { completeOffer } from "@/tests/helpers/offer-arbitraries";

describe("the diff of two versions", () => {
  it("finds no change between a document and its copy with keys in another order", () => {
    const before = completeOffer();
    const after = { ...before, description: Object.fromEntries(Object.entries(before.description).reverse()) };
    expect(changedSections(before, after)).toEqual([]);
    expect(diffVersions(before, after).map((d) => d.key)).toEqual(offerSectionKeys(before.template));
  });

  it("names exactly the sections whose content changed", () => {
    const before = completeOffer();
    const after = structuredClone(before);
    after.plan = { ...after.plan, [String(after.years[0])]: [] };
    after.funding = { ...after.funding, ownFinancial: (after.funding.ownFinancial ?? 0) + 1 };
    expect(changedSections(before, after)).toEqual(["plan", "funding"]);
  });

  it("treats a Unicode-normalised title as the same text", () => {
    const before = completeOffer();
    const after = structuredClone(before);
    before.description.title = "Zajęcia".normalize("NFD");
    after.description.title = "Zajęcia".normalize("NFC");
    expect(changedSections(before, after)).toEqual([]);
  });
});
