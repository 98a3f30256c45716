/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { EditorControl, EditorProps } from "@/components/offers/editor/offer-editor";
import type { Locale } from "@/lib/i18n/locales";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const save = jest.fn();
jest.mock("@/lib/offers/drafts/actions", () => ({
  saveOfferSectionsAction: (input: unknown) => save(input),
  removeOfferAttachmentAction: jest.fn(),
  findCoApplicantsAction: jest.fn(),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  getPathname: ({ href }: { href: { pathname: string } }) => href.pathname,
  Link: ({ href, children, ...props }: { href: unknown; children: React.ReactNode }) => (
    <a href={JSON.stringify(href)} {...props}>
      {children}
    </a>
  ),
}));

import { differenceLabel } from "@/components/offers/editor/conflict-notice";
import { OfferEditor } from "@/components/offers/editor/offer-editor";

const at = "2027-03-01T10:42:00.000Z";
const props: EditorProps = {
  offerId: "offer1",
  template: "FULL_2018",
  kind: "SINGLE",
  mayEdit: true,
  editableApplicants: ["o1"],
  sections: [
    {
      key: "applicants",
      content: { list: [{ organisationId: "o1", name: "Fundacja OCW" }], contact: {} },
      revision: 0,
      updatedByName: null,
      updatedAt: at,
    },
    { key: "description", content: {}, revision: 3, updatedByName: null, updatedAt: at },
    { key: "plan", content: { "2027": [] }, revision: 0, updatedByName: null, updatedAt: at },
    { key: "results", content: {}, revision: 0, updatedByName: null, updatedAt: at },
    { key: "resultsTable", content: [], revision: 0, updatedByName: null, updatedAt: at },
    { key: "profile", content: {}, revision: 0, updatedByName: null, updatedAt: at },
    { key: "costs", content: { lines: [] }, revision: 0, updatedByName: null, updatedAt: at },
    { key: "funding", content: {}, revision: 0, updatedByName: null, updatedAt: at },
    { key: "jointSplit", content: {}, revision: 0, updatedByName: null, updatedAt: at },
    { key: "other", content: {}, revision: 0, updatedByName: null, updatedAt: at },
    { key: "statements", content: {}, revision: 0, updatedByName: null, updatedAt: at },
  ],
  applicants: [{ organisationId: "o1", name: "Fundacja OCW", lead: true }],
  params: { allowedYears: [2027] },
  fallbackYears: [2027],
  addressee: { institutionName: "Urząd Marszałkowski", taskName: "1. Wspieranie seniorów" },
};

beforeEach(() => {
  save.mockReset();
  window.localStorage.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

const titleField = () => screen.getByLabelText(/Tytuł zadania publicznego/);

describe("the offer editor", () => {
  it("jumps from the top to the checks panel, which leads on to the submission", () => {
    renderWithIntl(<OfferEditor {...props} />);
    const jump = screen.getByRole("link", { name: /^Przejdź do sprawdzenia oferty: \d+ (błąd|błędy|błędów)/ });
    expect(jump).toHaveAttribute("href", "#offer-checks");
    const panel = screen.getByRole("region", { name: "Sprawdzenie oferty" });
    expect(panel).toHaveAttribute("id", "offer-checks");
    expect(within(panel).getByRole("link", { name: "Przejdź do złożenia oferty" })).toBeTruthy();
  });

  it("offers no way to the submission to a member who may only read", () => {
    renderWithIntl(<OfferEditor {...props} mayEdit={false} />);
    expect(screen.queryByRole("link", { name: "Przejdź do złożenia oferty" })).toBeNull();
  });

  it("saves a typed section on its revision after a pause, and keeps a copy in the browser until then", async () => {
    save.mockResolvedValue({ data: { saved: [{ key: "description", revision: 4 }], conflicts: [] } });
    renderWithIntl(<OfferEditor {...props} />);
    fireEvent.change(titleField(), { target: { value: "Seniorzy w sieci" } });
    expect(screen.getByText("Są niezapisane zmiany; zapiszą się za chwilę.")).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem("offer:offer1:description")!)).toMatchObject({
      content: { title: "Seniorzy w sieci" },
      baseRevision: 3,
    });
    expect(save).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(1_500);
    });
    expect(save).toHaveBeenCalledWith({
      offerId: "offer1",
      sections: [{ key: "description", baseRevision: 3, content: { title: "Seniorzy w sieci" } }],
    });
    expect(screen.getByText("Wszystkie zmiany zapisane.")).toBeTruthy();
    expect(window.localStorage.getItem("offer:offer1:description")).toBeNull();
  });

  it("shows someone else's save as a choice, and sends mine again only when chosen", async () => {
    save.mockResolvedValueOnce({
      data: {
        saved: [],
        conflicts: [
          {
            key: "description",
            revision: 4,
            content: { title: "Tytuł Anny" },
            updatedByName: "Anna Kowalska",
            updatedAt: at,
          },
        ],
      },
    });
    renderWithIntl(<OfferEditor {...props} />);
    fireEvent.change(titleField(), { target: { value: "Mój tytuł" } });
    await act(async () => {
      jest.advanceTimersByTime(1_500);
    });
    const notice = screen.getByRole("alert", { name: /Ktoś inny zapisał zmiany/ });
    expect(within(notice).getByText(/Zmienione przez: Anna Kowalska/)).toBeTruthy();
    expect(within(notice).getByRole("cell", { name: "Tytuł Anny" })).toBeTruthy();
    expect(within(notice).getByRole("rowheader", { name: "III.1 Tytuł zadania publicznego" })).toBeTruthy();
    expect(within(notice).getByRole("cell", { name: "Mój tytuł" })).toBeTruthy();
    expect(document.activeElement).toBe(notice);
    // Typing on does not send the section while the choice waits.
    fireEvent.change(titleField(), { target: { value: "Mój tytuł!" } });
    await act(async () => {
      jest.advanceTimersByTime(1_500);
    });
    expect(save).toHaveBeenCalledTimes(1);

    save.mockResolvedValueOnce({ data: { saved: [{ key: "description", revision: 5 }], conflicts: [] } });
    await act(async () => {
      fireEvent.click(within(notice).getByRole("button", { name: "Zachowaj moją wersję" }));
    });
    expect(save).toHaveBeenLastCalledWith({
      offerId: "offer1",
      sections: [{ key: "description", baseRevision: 4, content: { title: "Mój tytuł!" } }],
    });
    expect(screen.queryByRole("alert", { name: /Ktoś inny zapisał zmiany/ })).toBeNull();
  });

  it("keeps the copy and says so when the session has expired", async () => {
    save.mockResolvedValue({ serverError: "UNAUTHENTICATED" });
    renderWithIntl(<OfferEditor {...props} />);
    fireEvent.change(titleField(), { target: { value: "Po wygaśnięciu sesji" } });
    await act(async () => {
      jest.advanceTimersByTime(1_500);
    });
    expect(screen.getByText(/Sesja wygasła/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Zaloguj się (nowa karta)" })).toBeTruthy();
    expect(window.localStorage.getItem("offer:offer1:description")).toContain("Po wygaśnięciu sesji");
  });

  it("sends what is still unsaved by beacon when the editor is left", () => {
    const beacon = jest.fn(() => true);
    Object.defineProperty(navigator, "sendBeacon", { value: beacon, configurable: true });
    const { unmount } = renderWithIntl(<OfferEditor {...props} />);
    fireEvent.change(titleField(), { target: { value: "Przed wyjściem" } });
    unmount();
    expect(beacon).toHaveBeenCalledWith(
      "/api/offers/offer1/autosave",
      JSON.stringify({ sections: [{ key: "description", baseRevision: 3, content: { title: "Przed wyjściem" } }] }),
    );
    expect(save).not.toHaveBeenCalled();
  });

  it("offers back a copy left in the browser on the same revision", async () => {
    window.localStorage.setItem(
      "offer:offer1:description",
      JSON.stringify({ content: { title: "Niezapisany" }, baseRevision: 3, savedAt: 1 }),
    );
    renderWithIntl(<OfferEditor {...props} />);
    expect((titleField() as HTMLInputElement).value).toBe("Niezapisany");
    expect(screen.getByText(/Przywrócono niezapisane zmiany/)).toBeTruthy();
  });

  it("answers a save asked while another is on its way only once that one is answered, with its revision", async () => {
    let answer: (value: unknown) => void = () => undefined;
    save.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const control: { current: EditorControl | null } = { current: null };
    renderWithIntl(<OfferEditor {...props} controlRef={control} />);
    fireEvent.change(titleField(), { target: { value: "Seniorzy w sieci" } });
    // Leaving the field sends the section; the submit's own save comes while that one is on its way.
    fireEvent.blur(titleField());
    expect(save).toHaveBeenCalledTimes(1);
    let revisions: Partial<Record<string, number>> | undefined;
    const asked = control.current!.saveNow().then((saved) => (revisions = saved));
    await act(async () => {
      await Promise.resolve();
    });
    expect(revisions).toBeUndefined();
    await act(async () => {
      answer({ data: { saved: [{ key: "description", revision: 4 }], conflicts: [] } });
      await asked;
    });
    expect(revisions).toMatchObject({ description: 4 });
  });

  it("in a correction, edits only the named sections, saves through its channel, and leaves other copies alone", async () => {
    const correct = jest.fn().mockResolvedValue({ data: { saved: [{ key: "plan", revision: 1 }], conflicts: [] } });
    window.localStorage.setItem(
      "offer:offer1:description",
      JSON.stringify({ content: { title: "Z dawnego szkicu" }, baseRevision: 3, savedAt: 1 }),
    );
    renderWithIntl(
      <OfferEditor
        {...props}
        editableKeys={["plan"]}
        editableLabel="Do poprawy"
        channel={{ save: correct, beaconPath: "correction-autosave", only: ["plan"] }}
      />,
    );
    // III.1 is shown as submitted, not as the copy of a draft, and cannot be typed into.
    expect(screen.queryByText(/Przywrócono niezapisane zmiany/)).toBeNull();
    expect(titleField()).toHaveAttribute("readonly");
    expect((titleField() as HTMLInputElement).value).toBe("");
    expect(screen.getByRole("heading", { name: /III\.4.*Do poprawy/ })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Przejdź do złożenia oferty" })).toBeNull();
    await act(async () => {
      jest.advanceTimersByTime(1_500);
    });
    expect(correct).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expect(window.localStorage.getItem("offer:offer1:description")).not.toBeNull();
  });

  it("names a differing field by the template's number and label, with its row", () => {
    expect(differenceLabel("FULL_2018", "applicants", "list.1.phone")).toBe("II.1 Numer telefonu · 2");
    expect(differenceLabel("FULL_2018", "applicants", "contact.name")).toMatch(/^II\.2 Imię i nazwisko/);
    expect(differenceLabel("FULL_2018", "plan", "2027.0.name")).toBe("III.4 Nazwa działania · 2027 · 1");
    expect(differenceLabel("FULL_2018", "profile", "unknown")).toBe("unknown");
  });

  it.each<Locale>(["pl", "en", "de"])("has no axe violations (%s)", async (locale) => {
    jest.useRealTimers();
    const { container } = renderWithIntl(<OfferEditor {...props} />, locale);
    expect(await axeViolations(container)).toEqual([]);
  });
});
