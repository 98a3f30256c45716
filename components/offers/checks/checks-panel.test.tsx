/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ChecksPanel } from "@/components/offers/checks/checks-panel";
import { FieldProblems, useFieldProblems } from "@/components/offers/checks/field-problems";
import { OfferChecks } from "@/components/offers/checks/offer-checks";
import type { CheckContext } from "@/lib/offers/calc/check-offer";
import { emptyOfferDocument, type OfferDocument } from "@/lib/offers/document/schema";
import { completeOffer } from "@/tests/helpers/offer-arbitraries";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...props }: { href: unknown; children: React.ReactNode }) => (
    <a href={JSON.stringify(href)} {...props}>
      {children}
    </a>
  ),
}));

/** An offer whose costs (1 000 zł) the grant (900 zł) does not cover, above the task's pool (500 zł). */
function offer(grant: number): OfferDocument {
  const doc = emptyOfferDocument("FULL_2018", [2027]);
  return {
    ...doc,
    plan: { "2027": [{ id: "a1", name: "Warsztaty" }] },
    costs: {
      lines: [
        {
          id: "l1",
          category: "ACTION",
          actionId: "a1",
          name: "Trener",
          unit: "godz.",
          unitCost: 10_000,
          qtyMilli: { "2027": 10_000 },
        },
      ],
    },
    funding: { grant },
  };
}
const context: CheckContext = { kind: "SINGLE", params: { pool: 50_000 } };

function GrantField() {
  const { describedBy } = useFieldProblems("funding.grant");
  return (
    <div>
      <label htmlFor="field-funding-grant">Dotacja</label>
      <input id="field-funding-grant" aria-describedby={describedBy} />
      <FieldProblems path="funding.grant" />
      <label htmlFor="field-costs-lines-0-qtyMilli-2027">Liczba jednostek 2027</label>
      <input id="field-costs-lines-0-qtyMilli-2027" />
    </div>
  );
}

const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ").trim();

describe("ChecksPanel", () => {
  // jsdom lays nothing out, so it has no scrolling either.
  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  it("lists the problems in words, errors before warnings, each linking to its field", () => {
    renderWithIntl(
      <OfferChecks document={offer(90_000)} context={context}>
        <GrantField />
        <ChecksPanel />
      </OfferChecks>,
    );
    const panel = within(screen.getByRole("region", { name: "Sprawdzenie oferty" }));
    const errors = within(panel.getByRole("list", { name: /^Do poprawienia przed złożeniem oferty/ }));
    const warningList = panel.getByRole("list", { name: /^Ostrzeżenia, które nie blokują złożenia/ });
    const warnings = within(warningList);
    const mismatch = errors.getByRole("link", {
      name: (name) =>
        plain(name).startsWith(
          "Źródła finansowania (900,00 zł) nie pokrywają dokładnie kosztów (1000,00 zł); różnica: 100,00 zł.",
        ),
    });
    expect(mismatch).toHaveAttribute("href", "#field-funding");
    const pool = warnings.getByRole("link", {
      name: (name) =>
        plain(name) === "Wnioskowana dotacja (900,00 zł) przekracza pulę środków na to zadanie (500,00 zł).",
    });
    expect(pool).toHaveAttribute("href", "#field-funding-grant");
    // Every error comes before the first warning in the reading order.
    const links = panel.getAllByRole("link");
    expect(links.indexOf(pool)).toBeGreaterThan(links.indexOf(mismatch));
    const firstWarning = links.findIndex((link) => warningList.contains(link));
    expect(links.slice(firstWarning).every((link) => warningList.contains(link))).toBe(true);
    expect(links.slice(0, firstWarning).some((link) => warningList.contains(link))).toBe(false);

    fireEvent.click(pool);
    expect(screen.getByLabelText("Dotacja")).toHaveFocus();
  });

  it("checks a document it is given when no OfferChecks is around it", () => {
    renderWithIntl(<ChecksPanel document={offer(90_000)} context={context} />);
    const errors = within(screen.getByRole("list", { name: /^Do poprawienia przed złożeniem oferty/ }));
    expect(errors.getByText(/nie pokrywają dokładnie kosztów/)).toBeInTheDocument();
  });

  it("says nothing, rather than 'no problems', when it has nothing to check", () => {
    const { container } = renderWithIntl(<ChecksPanel />);
    expect(container).toBeEmptyDOMElement();
  });

  it("a field describes itself with its own problems", () => {
    renderWithIntl(
      <OfferChecks document={offer(90_000)} context={context}>
        <GrantField />
      </OfferChecks>,
    );
    expect(screen.getByLabelText("Dotacja")).toHaveAccessibleDescription(
      expect.stringMatching(/^Ostrzeżenie: Wnioskowana dotacja \(900,00\szł\) przekracza pulę środków/),
    );
  });

  it("says in the list whose field a problem is, and leaves that out under the field itself", () => {
    const doc = offer(100_000);
    const long = "1".repeat(301);
    doc.applicants = {
      list: [
        { organisationId: "lead", name: "Fundacja Opolskie Centrum Wolontariatu", phone: long },
        { organisationId: "partner", name: "Fundacja Ekologiczna „Zielona Odra”", phone: long },
      ],
      contact: { phone: long },
    };
    renderWithIntl(
      <OfferChecks document={doc} context={{ kind: "JOINT" }}>
        <FieldProblems path="applicants.list.1.phone" />
        <ChecksPanel />
      </OfferChecks>,
    );
    const panel = within(screen.getByRole("region", { name: "Sprawdzenie oferty" }));
    const tooLong = "Pole „Numer telefonu” ma 301 znaków; dopuszczalne jest 300.";
    for (const owner of [
      "II.1 Fundacja Opolskie Centrum Wolontariatu",
      "II.1 Fundacja Ekologiczna „Zielona Odra”",
      "II.2 osoba do kontaktu",
    ])
      expect(panel.getByRole("link", { name: `${owner} – ${tooLong}` })).toHaveAttribute(
        "href",
        expect.stringMatching(/phone$/),
      );
    expect(plain(document.getElementById("field-applicants-list-1-phone-problems")!.textContent)).toBe(
      `Błąd: ${tooLong}`,
    );
  });

  it("leads a problem about one year's quantity of a line to that line's first quantity field", () => {
    const doc = offer(100_000);
    // Two units of the largest amount a line may hold: the line's value is too large.
    doc.costs.lines[0]!.unitCost = 10 ** 12;
    doc.costs.lines[0]!.qtyMilli = { "2027": 2_000 };
    renderWithIntl(
      <OfferChecks document={doc} context={context}>
        <GrantField />
        <ChecksPanel />
      </OfferChecks>,
    );
    // AMOUNT_TOO_LARGE names costs.lines.0.qtyMilli; its fields are one per year ("…-qtyMilli-2027").
    const link = screen.getByRole("link", { name: (name) => name.startsWith("Kwota w polu „Liczba jednostek”") });
    expect(link).toHaveAttribute("href", "#field-costs-lines-0-qtyMilli");
    fireEvent.click(link);
    expect(screen.getByLabelText("Liczba jednostek 2027")).toHaveFocus();
  });

  it("checks again 150 ms after the document stops changing, not at each keystroke", () => {
    jest.useFakeTimers();
    try {
      const { rerender } = renderWithIntl(
        <OfferChecks document={offer(90_000)} context={context}>
          <ChecksPanel />
        </OfferChecks>,
      );
      expect(screen.getByText(/nie pokrywają dokładnie kosztów/)).toBeInTheDocument();
      rerender(
        <OfferChecks document={offer(100_000)} context={context}>
          <ChecksPanel />
        </OfferChecks>,
      );
      act(() => jest.advanceTimersByTime(100));
      expect(screen.getByText(/nie pokrywają dokładnie kosztów/)).toBeInTheDocument();
      act(() => jest.advanceTimersByTime(60));
      expect(screen.queryByText(/nie pokrywają dokładnie kosztów/)).not.toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it("in the editor, says a clean offer can be submitted and links to the submission", () => {
    renderWithIntl(
      <OfferChecks document={completeOffer()} context={{ kind: "SINGLE", params: {} }}>
        <ChecksPanel submitOfferId="offer-1" />
      </OfferChecks>,
    );
    const panel = within(screen.getByRole("region", { name: "Sprawdzenie oferty" }));
    expect(panel.getByText("Nie znaleziono problemów: ofertę można złożyć.")).toBeInTheDocument();
    expect(panel.getByRole("link", { name: "Przejdź do złożenia oferty" })).toHaveAttribute(
      "href",
      JSON.stringify({ pathname: "/offers/[id]/submit", params: { id: "offer-1" } }),
    );
  });

  it("keeps the way to the submission beside the counts while problems remain, and offers none outside the editor", () => {
    const { unmount } = renderWithIntl(
      <OfferChecks document={offer(90_000)} context={context}>
        <ChecksPanel submitOfferId="offer-1" />
      </OfferChecks>,
    );
    expect(screen.getByText(/^\d+ (błąd|błędy|błędów), \d+ ostrzeże/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Przejdź do złożenia oferty" })).toBeInTheDocument();
    unmount();
    renderWithIntl(
      <OfferChecks document={completeOffer()} context={{ kind: "SINGLE", params: {} }}>
        <ChecksPanel />
      </OfferChecks>,
    );
    expect(screen.getByText("Nie znaleziono problemów.")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Przejdź do złożenia oferty" })).not.toBeInTheDocument();
  });
});
