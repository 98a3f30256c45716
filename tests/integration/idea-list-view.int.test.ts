// The ideas board's list view model (lib/ideas/list-page-view.ts) over a real
// database: what the filters find, the filter form's options named (never an
// id), and the chips' links, each of which removes one filter, keeps the
// others and goes back to the first page.
import { ideaListView } from "@/lib/ideas/list-page-view";
import { createIdea } from "@/tests/factories/ideas";
import { createInstitution } from "@/tests/factories/institutions";
import { createInstanceSettings } from "@/tests/factories/settings";

// The chips are worded with the request's translator; outside a request, the same one made directly.
jest.mock("next-intl/server", () => ({
  getTranslations: async ({ locale }: { locale: "pl" | "en" | "de" }) =>
    jest
      .requireActual("next-intl")
      .createTranslator({ locale, messages: jest.requireActual("@/lib/i18n/messages").messagesFor(locale) }),
}));

let officeId: string;
let suggestionId: string;

beforeAll(async () => {
  await createInstanceSettings();
  officeId = (await createInstitution({ name: "Urząd Gminy Pomysłowej" })).id;
  suggestionId = (await createIdea({ institutionId: officeId, kind: "SUGGESTION", title: "Ławki nad rzeką" })).id;
  await createIdea({ institutionId: officeId, kind: "NEED", title: "Brak przejścia dla pieszych" });
  await createIdea({ kind: "SUGGESTION", title: "Nowa zakładka na platformie" });
});

describe("ideaListView", () => {
  it("finds what the filters ask for and names each chosen filter, whose chip keeps the others", async () => {
    const view = await ideaListView({ kind: "SUGGESTION", office: officeId }, "en");
    expect(view.items.map((item) => item.id)).toEqual([suggestionId]);
    expect(view.total).toBe(1);
    expect(view.chips.chips).toEqual([
      { key: "kind", field: "Kind", value: "Idea or suggestion", href: `/en/ideas?office=${officeId}` },
      { key: "office", field: "Addressed to", value: "Urząd Gminy Pomysłowej", href: "/en/ideas?kind=SUGGESTION" },
    ]);
    expect(view.chips.clearHref).toBe("/en/ideas");
    expect(view.feedQuery).toBe(`?kind=SUGGESTION&office=${officeId}`);
  });

  it("starts every chip's list again at the first page, while the page links keep the search and the order", async () => {
    const view = await ideaListView({ office: "operator", q: "zakładka", sort: "supported", page: "2" }, "pl");
    expect(view.page).toBe(2);
    expect(view.chips.chips.map(({ key, value, href }) => ({ key, value, href }))).toEqual([
      { key: "q", value: "zakładka", href: "/pomysly?office=operator&sort=supported" },
      { key: "office", value: "Operator platformy", href: "/pomysly?q=zak%C5%82adka&sort=supported" },
    ]);
    expect(view.chips.clearHref).toBe("/pomysly?sort=supported");
    expect(view.pageHref(3)).toBe("/pomysly?q=zak%C5%82adka&office=operator&sort=supported&page=3");
  });

  it("offers the form's options by their names, and drops a wrong parameter", async () => {
    const view = await ideaListView({ status: "FORGOTTEN" }, "pl");
    expect(view.dropped).toBe(true);
    expect(view.chips.chips).toEqual([]);
    expect(view.items).toHaveLength(3);
    expect(view.options.kinds).toContainEqual({ value: "NEED", label: "Potrzeba lub problem" });
    expect(view.options.statuses).toContainEqual({ value: "ACCEPTED", label: "Przyjęty do realizacji" });
    expect(view.options.officeOptions).toEqual([
      { value: "operator", label: "Operator platformy" },
      { value: "council", label: "Rada Działalności Pożytku Publicznego" },
      { value: officeId, label: "Urząd Gminy Pomysłowej", lang: "pl" },
    ]);
    expect(view.options.sphereOptions.some((option) => option.label.includes(option.value))).toBe(false);
  });
});
