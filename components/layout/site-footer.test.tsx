/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { SiteFooter } from "@/components/layout/site-footer";
import type { InstanceSettingsView } from "@/lib/settings/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const settings = {
  regionCode: "16",
  platformName: "Platforma",
  operatorName: "Urząd Marszałkowski",
  operatorAddress: "ul. Piastowska 14, 45-082 Opole",
  operatorEmail: "kontakt@example.org",
  operatorPhone: "+48 77 541 65 00",
  operatorWebsite: null,
  bipUrl: "https://bip.example.org",
  isDemo: false,
  region: { name: "opolskie", registerDate: new Date("2026-01-15T00:00:00Z") },
} as InstanceSettingsView;

const hrefs = () =>
  within(screen.getByRole("navigation"))
    .getAllByRole("link")
    .map((link) => link.getAttribute("href"));

describe("the site's footer", () => {
  it("links its pages by their addresses in the page's language", async () => {
    const { container, unmount } = renderWithIntl(<SiteFooter settings={settings} showMailbox={false} />);
    expect(hrefs()).toEqual([
      "/deklaracja-dostepnosci",
      "/ochrona-danych",
      "/regulamin",
      "/kontakt",
      "/sfery-pozytku-publicznego",
      "https://bip.example.org",
    ]);
    expect(await axeViolations(container)).toEqual([]);
    unmount();
    renderWithIntl(<SiteFooter settings={settings} showMailbox />, "en");
    expect(hrefs()).toEqual([
      "/en/accessibility-statement",
      "/en/privacy",
      "/en/terms",
      "/en/contact",
      "/en/public-benefit-spheres",
      "/en/dev/mailbox",
      "https://bip.example.org",
    ]);
  });
});
