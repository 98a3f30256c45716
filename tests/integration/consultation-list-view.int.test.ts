// The public list of consultations' view model
// (lib/consultations/list-page-view.ts) over a real database: what the filters
// find, the filter form's options named (never an id), and the chips' links,
// each of which removes one filter, keeps the others and goes back to the
// first page.
import { consultationListView } from "@/lib/consultations/list-page-view";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

// The chips are worded with the request's translator; outside a request, the same one made directly.
jest.mock("next-intl/server", () => ({
  getTranslations: async ({ locale }: { locale: "pl" | "en" | "de" }) =>
    jest
      .requireActual("next-intl")
      .createTranslator({ locale, messages: jest.requireActual("@/lib/i18n/messages").messagesFor(locale) }),
}));

const DAY = 24 * 3600 * 1000;
let organiserId: string;
let openId: string;

/** A published consultation of the institution, open now (started a minute ago) or upcoming (from tomorrow). */
async function published(institutionId: string, title: string, open: boolean, kind: "DOCUMENT" | "STRATEGY") {
  const official = { userId: (await createOfficial(institutionId)).id, ip: null };
  const startsAt = new Date(Date.now() + (open ? -60_000 : DAY));
  const fields = consultationFields({ title, kind, startsAt, endsAt: new Date(startsAt.getTime() + 14 * DAY) });
  const { id } = await createConsultation(institutionId, fields, official);
  await publishConsultation(id, official);
  return id;
}

beforeAll(async () => {
  await createInstanceSettings();
  organiserId = (await createInstitution({ name: "Urząd Gminy Konsultującej" })).id;
  const otherId = (
    await createInstitution({ name: "Starostwo Powiatowe w Innym", kind: "POWIAT_OFFICE", territoryCode: "1601" })
  ).id;
  openId = await published(organiserId, "Strategia rozwoju gminy", true, "STRATEGY");
  await published(organiserId, "Strategia na później", false, "STRATEGY");
  await published(otherId, "Regulamin konkursu", true, "DOCUMENT");
});

describe("consultationListView", () => {
  it("finds what the filters ask for and names each chosen filter, whose chip keeps the others", async () => {
    const view = await consultationListView({ phase: "open", organiser: organiserId }, "en");
    expect(view.items.map((item) => item.id)).toEqual([openId]);
    expect(view.total).toBe(1);
    expect(view.chips.chips).toEqual([
      { key: "phase", field: "Stage", value: "Open", href: `/en/consultations?organiser=${organiserId}` },
      {
        key: "organiser",
        field: "Organiser",
        value: "Urząd Gminy Konsultującej",
        href: "/en/consultations?phase=open",
      },
    ]);
    expect(view.chips.clearHref).toBe("/en/consultations");
  });

  it("starts every chip's list again at the first page, while the page links keep the search", async () => {
    const view = await consultationListView({ kind: "STRATEGY", q: "strategia", page: "2" }, "pl");
    expect(view.page).toBe(2);
    expect(view.chips.chips.map(({ key, value, href }) => ({ key, value, href }))).toEqual([
      { key: "q", value: "strategia", href: "/konsultacje?kind=STRATEGY" },
      { key: "kind", value: "Strategia", href: "/konsultacje?q=strategia" },
    ]);
    expect(view.pageHref(3)).toBe("/konsultacje?q=strategia&kind=STRATEGY&page=3");
  });

  it("offers the form's options by their names, and drops a wrong parameter", async () => {
    const view = await consultationListView({ phase: "someday" }, "pl");
    expect(view.dropped).toBe(true);
    expect(view.chips.chips).toEqual([]);
    expect(view.items).toHaveLength(3);
    expect(view.options.phases).toContainEqual({ value: "upcoming", label: "Zaplanowane" });
    expect(view.options.kinds).toContainEqual({ value: "STRATEGY", label: "Strategia" });
    expect(view.options.organiserOptions).toContainEqual({
      value: organiserId,
      label: "Urząd Gminy Konsultującej",
      lang: "pl",
    });
    expect(view.options.sphereOptions.some((option) => option.label.includes(option.value))).toBe(false);
  });
});
