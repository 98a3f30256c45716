// The section has one name in each language (Partnerstwa, Partnerships,
// Partnerschaften): the menu, the list's heading and every breadcrumb or link
// back to it, the profiles' section and the feeds say the same.
import { locales } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

const expected = { pl: "Partnerstwa", en: "Partnerships", de: "Partnerschaften" } as const;

describe("the partnerships section's name", () => {
  it.each(locales)("is one in %s", (locale) => {
    const m = messagesFor(locale);
    const name = expected[locale];
    expect(m.nav.partnerships).toBe(name);
    expect({
      list: m.partnerRequestList.title,
      breadcrumb: m.partnerRequests.listTitle,
      suggestionsBreadcrumb: m.partnerSuggestions.requestsBreadcrumb,
      minePageLink: m.partnershipWorkflow.mine.partnershipsLink,
      profileSection: m.partnerships.section.heading,
    }).toEqual({
      list: name,
      breadcrumb: name,
      suggestionsBreadcrumb: name,
      minePageLink: name,
      profileSection: name,
    });
    expect(m.partnerRequestFeeds.title.startsWith(`${name} – `)).toBe(true);
    expect(m.partnerRequestFeeds.titleNarrowed.startsWith(`${name} (`)).toBe(true);
    expect(m.partnershipSettings.title.startsWith(`${m.nav.partnershipSettings}: `)).toBe(true);
  });

  it("is not the former Polish name anywhere", () => {
    const text = JSON.stringify(messagesFor("pl"));
    expect(text).not.toMatch(/Poszukiwani[ae] partnerów/);
  });
});
