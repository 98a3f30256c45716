/** @jest-environment jsdom */
import type { ReactNode } from "react";
import { DirectoryResults } from "@/components/directory/directory-results";
import type { DirectoryItem } from "@/lib/directory/search";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

// The locale-aware Link needs the app router; a span stands in for it here.
jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ children }: { children: ReactNode }) => <span>{children}</span>,
}));

const item = {
  id: "o1",
  slug: "x",
  name: "Fundacja Odra",
  shortName: null,
  legalForm: "FOUNDATION",
  krs: "0000123456",
  nip: null,
  regon: null,
  registeredOn: null,
  seatTerritoryCode: "1661011",
  seatName: "Opole",
  hasPublicBenefitStatus: false,
  verified: true,
  inLiquidation: false,
  sphereIds: [],
  targetGroups: [],
} as unknown as DirectoryItem;

describe("DirectoryResults", () => {
  it("holds each separating dot to the word before it, so a narrow line never starts with one", () => {
    const { container } = renderWithIntl(<DirectoryResults items={[item]} spheres={new Map()} />);
    const facts = [...container.querySelectorAll("li > p")][0]!;
    expect(facts.textContent).toMatch(/^fundacja\u00a0· .+\u00a0· KRS/);
    expect(facts.textContent).not.toMatch(/ ·/);
  });
});
