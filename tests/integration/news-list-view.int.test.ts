// The public news list's view model (lib/news/list-page-view.ts) over a real
// database: what the filters find, the filter form's options named (never an
// id), and the chips' links, each of which removes one filter, keeps the
// others and goes back to the first page.
import { db } from "@/lib/db/client";
import { newsListView } from "@/lib/news/list-page-view";
import { createInstitution } from "@/tests/factories/institutions";
import { createNewsArticle } from "@/tests/factories/news";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";

// The chips are worded with the request's translator; outside a request, the same one made directly.
jest.mock("next-intl/server", () => ({
  getTranslations: async ({ locale }: { locale: "pl" | "en" | "de" }) =>
    jest
      .requireActual("next-intl")
      .createTranslator({ locale, messages: jest.requireActual("@/lib/i18n/messages").messagesFor(locale) }),
}));

let institutionId: string;
let organisationId: string;
let festivalId: string;

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Urząd Gminy Listowej" })).id;
  organisationId = (await createOrganisation({ name: "Fundacja Listowa" })).id;
  festivalId = (await createNewsArticle({ institutionId }, { kind: "EVENT", title: "Festyn rodzinny w parku" })).id;
  await createNewsArticle({ institutionId }, { kind: "NEWS", title: "Nowy regulamin dotacji" });
  await createNewsArticle({ organisationId }, { kind: "EVENT", title: "Zbiórka książek" });
});

describe("newsListView", () => {
  it("finds what the filters ask for and names each chosen filter, whose chip keeps the others", async () => {
    const view = await newsListView({ kind: "EVENT", institution: institutionId }, "en");
    expect(view.items.map((item) => item.id)).toEqual([festivalId]);
    expect(view.total).toBe(1);
    expect(view.dropped).toBe(false);
    expect(view.chips.chips).toEqual([
      { key: "kind", field: "Type", value: "Event", href: `/en/news?institution=${institutionId}` },
      { key: "institution", field: "Office", value: "Urząd Gminy Listowej", href: "/en/news?kind=EVENT" },
    ]);
    expect(view.chips.clearHref).toBe("/en/news");
  });

  it("starts every chip's list again at the first page, while the page links keep the search", async () => {
    const view = await newsListView({ q: "festyn", organisation: organisationId, page: "2" }, "en");
    expect(view.page).toBe(2);
    expect(view.chips.chips.map(({ key, value, href }) => ({ key, value, href }))).toEqual([
      { key: "q", value: "festyn", href: `/en/news?organisation=${organisationId}` },
      { key: "organisation", value: "Fundacja Listowa", href: "/en/news?q=festyn" },
    ]);
    expect(view.pageHref(3)).toBe(`/en/news?q=festyn&organisation=${organisationId}&page=3`);
    expect(view.feedQuery).toBe(`?organisation=${organisationId}`);
  });

  it("offers the form's options by their names, and drops a wrong parameter", async () => {
    const sphere = await db().publicBenefitSphere.findFirstOrThrow({ where: { code: "13" } });
    const view = await newsListView({ sphere: sphere.id, kind: "GOSSIP" }, "pl");
    expect(view.dropped).toBe(true);
    expect(view.options.kinds).toContainEqual({ value: "EVENT", label: "Wydarzenie" });
    expect(view.options.institutionOptions).toEqual([
      { value: institutionId, label: "Urząd Gminy Listowej", lang: "pl" },
    ]);
    const sphereLabel = view.options.sphereOptions.find((option) => option.value === sphere.id)?.label;
    expect(sphereLabel).toMatch(/^13\. \S/);
    expect(view.chips.chips).toEqual([
      { key: "sphere", field: "Sfera pożytku publicznego", value: sphereLabel, href: "/aktualnosci" },
    ]);
    expect(view.options.territories.every((option) => option.label !== option.value)).toBe(true);
  });
});
