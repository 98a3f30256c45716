/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { HomeConsultations } from "@/components/home/home-consultations";
import { HomeElections } from "@/components/home/home-elections";
import { HomeForum } from "@/components/home/home-forum";
import { HomePartnerRequests } from "@/components/home/home-partner-requests";
import type { ConsultationListItem } from "@/lib/consultations/queries";
import type { ElectionInProgress } from "@/lib/elections/queries";
import type { PartnerRequestClosing } from "@/lib/home/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: unknown; children: React.ReactNode }) => (
    <a href={typeof href === "string" ? href : JSON.stringify(href)}>{children}</a>
  ),
}));

// 10:00 in Warsaw on 7 December 2026.
const now = new Date("2026-12-07T09:00:00Z");

const consultation = {
  id: "c1",
  slug: "program-wspolpracy",
  title: "Program współpracy na 2027 rok",
  kind: "DOCUMENT",
  status: "OPEN",
  startsAt: new Date("2026-11-30T08:00:00Z"),
  // 23:59 on 10 December in Warsaw.
  endsAt: new Date("2026-12-10T22:59:00Z"),
  institution: { name: "Urząd Marszałkowski", officeName: null, slug: "um" },
  _count: { remarks: 2 },
  phase: "open",
} as ConsultationListItem;

const election = {
  id: "e1",
  slug: "wybory-2027",
  title: "Wybory do Rady 2027",
  councilName: "Rada",
  status: "PUBLISHED",
  nominationsStartAt: new Date("2026-12-01T08:00:00Z"),
  nominationsEndAt: new Date("2026-12-14T15:00:00Z"),
  checkEndsAt: new Date("2026-12-20T15:00:00Z"),
  votingStartAt: new Date("2027-01-04T08:00:00Z"),
  votingEndAt: new Date("2027-01-10T15:00:00Z"),
  resultsBy: new Date("2027-01-14T15:00:00Z"),
  phase: "nominations",
} as ElectionInProgress;

const request = {
  id: "r1",
  slug: "festyn",
  title: "Szukamy partnera do festynu",
  repliesCloseOn: new Date("2026-12-08T00:00:00Z"),
  organisation: { name: "Fundacja Opolska" },
  institution: null,
} as PartnerRequestClosing;

describe("the home page's blocks", () => {
  it("give an open consultation's closing date and the calendar days left", () => {
    renderWithIntl(<HomeConsultations items={[consultation]} total={1} now={now} />);
    expect(screen.getByText("zostały 3 dni")).toBeInTheDocument();
    expect(screen.getByText(/Zamknięcie: 10 grudnia 2026/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Wszystkie konsultacje (1 trwająca)" })).toBeInTheDocument();
  });

  it("give an election's phase and its next step with the date", async () => {
    const { container } = renderWithIntl(<HomeElections items={[election]} />, "en");
    expect(screen.getByText(/^Nominations close on .*14.* 2026/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("count a partner request's last day as the last, and say so when a block is empty", () => {
    renderWithIntl(<HomePartnerRequests items={[request]} now={now} />);
    expect(screen.getByText("został 1 dzień")).toBeInTheDocument();
    renderWithIntl(<HomeElections items={[]} />);
    expect(screen.getByText("Teraz nie trwają żadne wybory.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Wszystkie wybory" })).toBeInTheDocument();
  });

  it("name a thread's category in the reader's language, or in Polish marked as Polish", () => {
    const thread = (categoryName: { pl: string; en: string; de: string }) => ({
      id: "t1",
      title: "Szukam wolontariatu",
      lastPostAt: new Date("2026-12-06T10:00:00Z"),
      postCount: 3,
      categoryName,
    });
    renderWithIntl(<HomeForum items={[thread({ pl: "Wolontariat", en: "", de: "" })]} />, "en");
    expect(screen.getByText("Wolontariat")).toHaveAttribute("lang", "pl");
    expect(screen.getByText(/3 posts · last on/)).toBeInTheDocument();
    renderWithIntl(<HomeForum items={[thread({ pl: "Wolontariat", en: "Volunteering", de: "Ehrenamt" })]} />, "de");
    expect(screen.getByText(/^Ehrenamt · 3 Beiträge · zuletzt am/)).toBeInTheDocument();
  });
});
