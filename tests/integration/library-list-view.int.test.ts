// The public library's view model (lib/library/list-page-view.ts) over a real
// database: what the filters find, the filter form's options named (never an
// id), and the chips' links, each of which removes one filter, keeps the
// others and goes back to the first page.
import { libraryListView } from "@/lib/library/list-page-view";
import { createInstitution } from "@/tests/factories/institutions";
import { createLibraryDocument, createLibraryVersion } from "@/tests/factories/library";
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
let programmeId: string;

/** A public document (accepted, with a version). */
async function published(by: { institutionId: string } | { organisationId: string }, data: object) {
  const document = await createLibraryDocument(by, data);
  await createLibraryVersion(document.id);
  return document;
}

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Urząd Gminy Bibliotecznej" })).id;
  organisationId = (await createOrganisation({ name: "Fundacja Biblioteczna" })).id;
  programmeId = (await published({ institutionId }, { kind: "COOPERATION_PROGRAMME", status: "DRAFT" })).id;
  await published({ institutionId }, { kind: "REPORT", status: "DRAFT" });
  await published({ organisationId }, { kind: "COOPERATION_PROGRAMME", status: "ADOPTED" });
});

describe("libraryListView", () => {
  it("finds what the filters ask for and names each chosen filter, whose chip keeps the others", async () => {
    const view = await libraryListView({ kind: "COOPERATION_PROGRAMME", status: "DRAFT" }, "en");
    expect(view.items.map((item) => item.id)).toEqual([programmeId]);
    expect(view.total).toBe(1);
    expect(view.chips.chips).toEqual([
      { key: "kind", field: "Kind of document", value: "Cooperation programme", href: "/en/library?status=DRAFT" },
      { key: "status", field: "State", value: "draft", href: "/en/library?kind=COOPERATION_PROGRAMME" },
    ]);
    expect(view.chips.clearHref).toBe("/en/library");
  });

  it("starts every chip's list again at the first page, while the page links keep the search", async () => {
    const view = await libraryListView({ institution: institutionId, organisation: organisationId, page: "2" }, "pl");
    expect(view.page).toBe(2);
    expect(view.chips.chips.map(({ key, value, href }) => ({ key, value, href }))).toEqual([
      { key: "institution", value: "Urząd Gminy Bibliotecznej", href: `/biblioteka?organisation=${organisationId}` },
      { key: "organisation", value: "Fundacja Biblioteczna", href: `/biblioteka?institution=${institutionId}` },
    ]);
    expect(view.pageHref(3)).toBe(`/biblioteka?institution=${institutionId}&organisation=${organisationId}&page=3`);
  });

  it("offers the form's options by their names, and drops a wrong parameter", async () => {
    const view = await libraryListView({ status: "LOST" }, "pl");
    expect(view.dropped).toBe(true);
    expect(view.chips.chips).toEqual([]);
    expect(view.options.kinds).toContainEqual({ value: "COOPERATION_PROGRAMME", label: "Program współpracy" });
    expect(view.options.statuses).toContainEqual({ value: "ADOPTED", label: "przyjęty" });
    expect(view.options.institutionOptions).toEqual([
      { value: institutionId, label: "Urząd Gminy Bibliotecznej", lang: "pl" },
    ]);
    expect(view.options.sphereOptions.length).toBeGreaterThan(0);
    // "<code>. <name>", never the sphere's id.
    expect(view.options.sphereOptions.every((option) => /^\S+\. \S/.test(option.label))).toBe(true);
    expect(view.options.sphereOptions.some((option) => option.label.includes(option.value))).toBe(false);
  });
});
