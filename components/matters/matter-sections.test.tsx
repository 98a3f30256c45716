/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { MatterSections } from "@/components/matters/matter-sections";
import type { MatterSection } from "@/lib/matters/page-view";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const sections: MatterSection[] = [
  {
    kind: "personal",
    id: "personal",
    groups: [
      {
        kind: "remarksToEdit",
        items: [
          {
            title: "Program współpracy 2027",
            href: { pathname: "/consultations/[slug]", params: { slug: "program-2027" } },
            count: 2,
            deadline: new Date("2027-01-15T22:59:00Z"),
          },
        ],
      },
      {
        kind: "answersReceived",
        items: [
          {
            title: "Program współpracy 2027, § 3",
            href: { pathname: "/consultations/[slug]", params: { slug: "program-2027" }, hash: "remark-r1" },
            count: null,
            deadline: null,
            answer: { decision: "PARTLY_ACCEPTED", at: new Date("2026-12-04T09:30:00Z") },
          },
        ],
      },
      {
        kind: "articles",
        items: [
          {
            title: "Festyn rodzinny",
            href: { pathname: "/account/news/[id]", params: { id: "a1" } },
            count: null,
            deadline: null,
            returned: true,
          },
        ],
      },
    ],
  },
  { kind: "organisation", id: "o1", name: "Fundacja Przykład", groups: [] },
  {
    kind: "office",
    id: "i1",
    name: "Urząd Gminy Przykład",
    groups: [
      {
        kind: "remarksToAnswer",
        items: [
          {
            title: "Program współpracy 2026",
            href: { pathname: "/consultations/[slug]/remarks", params: { slug: "program-2026" } },
            count: 3,
            deadline: null,
            closes: { at: new Date("2026-11-15T22:59:00Z"), past: true },
          },
          {
            title: "Program współpracy 2027",
            href: { pathname: "/consultations/[slug]/remarks", params: { slug: "program-2027" } },
            count: 1,
            deadline: null,
            closes: { at: new Date("2027-01-15T22:59:00Z"), past: false },
          },
        ],
      },
      {
        kind: "reportsToPublish",
        items: [
          {
            title: "Strategia rozwoju 2030",
            href: { pathname: "/consultations/[slug]/edit", params: { slug: "strategia-2030" } },
            count: null,
            deadline: null,
            closes: { at: new Date("2026-11-30T22:59:00Z"), past: true },
            report: "NONE",
          },
        ],
      },
      {
        kind: "officialRequests",
        items: [
          {
            title: "Urząd Gminy Przykład",
            href: { pathname: "/institutions/[slug]/officials", params: { slug: "gmina-przyklad" } },
            count: 2,
            deadline: null,
          },
        ],
      },
    ],
  },
];

describe("My matters' sections", () => {
  it("name whom one acts for, group by kind with counts and deadlines, and link each item where it is done", async () => {
    const { container } = renderWithIntl(<MatterSections sections={sections} />);
    const personal = screen.getByRole("region", { name: "Twoje sprawy" });
    const remarks = within(personal).getByRole("region", { name: /^Uwagi, które możesz jeszcze poprawić \(1\)$/ });
    expect(within(remarks).getByRole("link", { name: "Program współpracy 2027" })).toHaveAttribute(
      "href",
      "/konsultacje/program-2027",
    );
    expect(remarks).toHaveTextContent("2 uwagi · termin: 15 stycznia 2027, 23:59");
    expect(within(personal).getByText("zwrócone przez moderatora")).toBeInTheDocument();
    // An answer is news, one per remark, leading to the remark itself.
    const answers = within(personal).getByRole("region", { name: "Nowe odpowiedzi na Twoje uwagi (1)" });
    expect(within(answers).getByRole("link", { name: "Program współpracy 2027, § 3" })).toHaveAttribute(
      "href",
      "/konsultacje/program-2027#remark-r1",
    );
    expect(answers).toHaveTextContent("uwzględniona częściowo · odpowiedź z 4 grudnia 2026, 10:30");
    const organisation = screen.getByRole("region", { name: "Organizacja Fundacja Przykład" });
    expect(organisation).toHaveTextContent("Nic tu nie czeka.");
    // An office has no deadline for answering: the closing date is not called one.
    const office = screen.getByRole("region", { name: "Urząd Urząd Gminy Przykład" });
    expect(office).toHaveTextContent("3 uwagi bez odpowiedzi · zakończona 15 listopada 2026, 23:59");
    expect(office).toHaveTextContent("1 uwaga bez odpowiedzi · kończy się 15 stycznia 2027, 23:59");
    expect(office).not.toHaveTextContent("termin");
    const reports = within(office).getByRole("region", { name: "Sprawozdania do opublikowania (1)" });
    expect(reports).toHaveTextContent("zakończona 30 listopada 2026, 23:59 · sprawozdanie jeszcze nieprzygotowane");
    const requests = within(office).getByRole("region", { name: "Prośby o uznanie za pracownika urzędu (1)" });
    expect(within(requests).getByRole("link", { name: "Urząd Gminy Przykład" })).toHaveAttribute(
      "href",
      "/urzedy/gmina-przyklad/urzednicy",
    );
    expect(requests).toHaveTextContent("2 prośby");
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("My matters' competition items", () => {
  it("say the days left of a draft, what a confirmation lacks and when a small grant's remarks end", async () => {
    const competitions: MatterSection[] = [
      {
        kind: "organisation",
        id: "o1",
        name: "Fundacja Przykład",
        groups: [
          {
            kind: "offerDrafts",
            items: [
              {
                title: "Lato w mieście",
                href: { pathname: "/offers/[id]", params: { id: "f1" } },
                count: null,
                deadline: new Date("2027-01-15T14:59:00Z"),
                daysLeft: 3,
              },
            ],
          },
          {
            kind: "confirmationsMissing",
            items: [
              {
                title: "Zimowisko",
                href: { pathname: "/offers/[id]/confirmation", params: { id: "f2" } },
                count: null,
                deadline: new Date("2027-01-22T14:59:59Z"),
                confirmation: "rejected",
              },
            ],
          },
        ],
      },
      {
        kind: "office",
        id: "i1",
        name: "Urząd Gminy Przykład",
        groups: [
          {
            kind: "smallGrantRemarksToAnswer",
            items: [
              {
                title: "Fundacja Przykład: Warsztaty",
                href: { pathname: "/institutions/[slug]/small-grants", params: { slug: "gmina-przyklad" } },
                count: 2,
                deadline: null,
                remarksWindow: { at: new Date("2027-01-20T22:59:59Z"), past: false },
              },
            ],
          },
        ],
      },
    ];
    const { container } = renderWithIntl(<MatterSections sections={competitions} />);
    const drafts = screen.getByRole("region", { name: "Oferty w przygotowaniu w trwających konkursach (1)" });
    expect(within(drafts).getByRole("link", { name: "Lato w mieście" })).toHaveAttribute("href", "/oferty/f1");
    expect(drafts).toHaveTextContent("termin: 15 stycznia 2027, 15:59 · zostały 3 dni");
    // The date the confirmation is due by, not the offer's deadline: "termin" alone read as the latter (UX review F-W2).
    expect(screen.getByRole("region", { name: "Złożone oferty bez podpisanego potwierdzenia (1)" })).toHaveTextContent(
      "potwierdzenie do: 22 stycznia 2027, 15:59 · urząd odrzucił potwierdzenie: prześlij nowe",
    );
    expect(
      screen.getByRole("region", { name: "Uwagi do małych grantów czekające na odpowiedź (1)" }),
    ).toHaveTextContent("2 uwagi bez odpowiedzi · uwagi do 20 stycznia 2027, 23:59");
    expect(await axeViolations(container)).toEqual([]);
  });
});
