/** @jest-environment jsdom */
import { emptyRequestFields } from "@/lib/partnerships/requests/form-defaults";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { PartnerRequestForm, type RequestFormRules } from "@/components/partnerships/requests/partner-request-form";
import {
  createRequestForInstitutionAction,
  createRequestForOrganisationAction,
} from "@/lib/partnerships/requests/actions";
import type { PartyOption } from "@/lib/partnerships/requests/parties";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const push = jest.fn();
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ push }) }));
jest.mock("@/lib/partnerships/requests/actions", () => ({
  createRequestForOrganisationAction: jest.fn(),
  createRequestForInstitutionAction: jest.fn(),
  updateOrganisationRequestAction: jest.fn(),
  updateInstitutionRequestAction: jest.fn(),
}));
const forOrganisation = jest.mocked(createRequestForOrganisationAction);
const forInstitution = jest.mocked(createRequestForInstitutionAction);

const parties: PartyOption[] = [
  {
    value: "organisation:cmorganisation00000000001",
    name: "Fundacja Opolskie Centrum Wolontariatu",
    kind: "organisation",
    verified: true,
    offeredCompetences: ["VOLUNTEER_COORDINATION"],
    offeredResources: ["VOLUNTEERS"],
  },
  {
    value: "organisation:cmorganisation00000000002",
    name: "Stowarzyszenie Czekające",
    kind: "organisation",
    verified: false,
    offeredCompetences: ["ECOLOGY"],
    offeredResources: [],
  },
  {
    value: "institution:cminstitution000000000001",
    name: "Urząd Marszałkowski",
    kind: "institution",
    verified: true,
    offeredCompetences: [],
    offeredResources: [],
  },
];
const rules: RequestFormRules = {
  maxReplyDays: 90,
  since: "1 grudnia 2026",
  latest: "6 marca 2027",
  latestDay: "2027-03-06",
  earliestDay: "2026-12-07",
};
const spheres = [{ id: "sphere-pomoc", label: "1. Pomoc społeczna" }];
const territories = [
  { code: "1601", label: "powiat brzeski" },
  { code: "1601011", label: "Brzeg (pow. brzeski)" },
];

const render = () =>
  renderWithIntl(
    <PartnerRequestForm
      target={{ create: true }}
      defaultValues={emptyRequestFields(parties[0])}
      parties={parties}
      spheres={spheres}
      territories={territories}
      rules={rules}
    />,
  );
const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () =>
  act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Opublikuj zapytanie" }));
  });
function fillIn() {
  type(/^Tytuł/, "Kuchnia dla seniorów");
  type(/^Opis inicjatywy/, "Codzienne obiady dla samotnych seniorów w Brzegu.");
  fireEvent.click(
    within(screen.getByRole("group", { name: "Rola partnera" })).getByRole("checkbox", { name: "wolontariusze" }),
  );
  type(/^Co wnosi partner/, "Dwóch wolontariuszy dziennie.");
  type(/^Co zyskuje partner/, "Szkolenie i ubezpieczenie.");
  type(/^Termin zgłoszeń/, "2027-01-15");
}

// A long form (every competence and resource twice): rendering and axe take their time on a busy machine.
jest.setTimeout(60_000);

beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn();
});
beforeEach(() => {
  forOrganisation.mockReset();
  forInstitution.mockReset();
  push.mockReset();
});

describe("PartnerRequestForm", () => {
  it("has no WCAG A/AA violations, with its groups named and the reply limit explained with its date", async () => {
    const { container } = render();
    expect(await axeViolations(container)).toEqual([]);
    for (const name of [
      "Inicjatywa",
      "Kogo szukasz",
      "Rola partnera",
      "Gdzie szukasz partnera",
      "Co wnosisz",
      "Terminy",
    ])
      expect(screen.getByRole("group", { name })).toBeInTheDocument();
    expect(
      screen.getByText(/najwyżej 90 dni od publikacji \(zasada obowiązuje od 1 grudnia 2026\)/),
    ).toBeInTheDocument();
    // What the organisation offers in its profile is where "what you bring" starts.
    expect(
      within(screen.getByRole("group", { name: "Zasoby, które wnosisz" })).getByRole("checkbox", {
        name: "wolontariusze",
      }),
    ).toBeChecked();
    expect(screen.getByRole("option", { name: "Stowarzyszenie Czekające (niezweryfikowana)" })).toBeInTheDocument();
  });

  it("explains the closing day in German in a whole sentence, naming the latest day", () => {
    renderWithIntl(
      <PartnerRequestForm
        target={{ create: true }}
        defaultValues={emptyRequestFields(parties[0])}
        parties={parties}
        spheres={spheres}
        territories={territories}
        rules={{ ...rules, since: "1. Dezember 2026", latest: "6. März 2027" }}
      />,
      "de",
    );
    expect(screen.getByLabelText(/^Frist für Interessenbekundungen/)).toHaveAccessibleDescription(
      expect.stringMatching(
        /^Der letzte Tag, an dem Interessenbekundungen angenommen werden, spätestens der 6\. März 2027:/,
      ),
    );
  });

  it("checks the fields first: nothing is sent, the summary links to each bad field", async () => {
    render();
    fireEvent.click(screen.getByLabelText("W wybranych gminach lub powiatach"));
    await submit();
    expect(forOrganisation).not.toHaveBeenCalled();
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole("link", { name: /co najmniej jedną rolę/ })).toHaveAttribute(
      "href",
      "#partner-request-roles",
    );
    expect(within(summary).getByRole("link", { name: /jedną gminę lub jeden powiat/ })).toHaveAttribute(
      "href",
      "#partner-request-territoryCodes",
    );
  });

  it("says the date errors with the others in one pass, each naming its date field", async () => {
    render();
    type(/^Początek projektu/, "2027-05-01");
    type(/^Koniec projektu/, "2027-04-01");
    // After the latest day the rule allows (the hint says 6 March 2027).
    type(/^Termin zgłoszeń/, "2027-03-07");
    await submit();
    expect(forOrganisation).not.toHaveBeenCalled();
    const summary = screen.getByRole("alert");
    expect(within(summary).getByRole("link", { name: /co najmniej jedną rolę/ })).toHaveAttribute(
      "href",
      "#partner-request-roles",
    );
    expect(within(summary).getByRole("link", { name: /Koniec projektu nie może być wcześniej/ })).toHaveAttribute(
      "href",
      "#partner-request-endsOn",
    );
    // The error names the latest day allowed, in the summary and at the field.
    const tooLate = "Termin zgłoszeń jest zbyt odległy: najpóźniej może to być 6 marca 2027.";
    expect(within(summary).getByRole("link", { name: tooLate })).toHaveAttribute(
      "href",
      "#partner-request-repliesCloseOn",
    );
    expect(screen.getByLabelText(/^Termin zgłoszeń/)).toHaveAccessibleDescription(expect.stringContaining(tooLate));
  });

  it("refuses a closing day that is not after today before sending, and names the field when no day is given", async () => {
    render();
    fillIn();
    type(/^Termin zgłoszeń/, "2026-12-06");
    await submit();
    expect(forOrganisation).not.toHaveBeenCalled();
    expect(
      within(screen.getByRole("alert")).getByRole("link", {
        name: /Termin zgłoszeń musi przypadać po dzisiejszym dniu/,
      }),
    ).toHaveAttribute("href", "#partner-request-repliesCloseOn");
    type(/^Termin zgłoszeń/, "");
    await submit();
    expect(
      within(screen.getByRole("alert")).getByRole("link", { name: /Podaj termin zgłoszeń jako datę/ }),
    ).toHaveAttribute("href", "#partner-request-repliesCloseOn");
    expect(forOrganisation).not.toHaveBeenCalled();
  });

  it("sends an office's request with its id and a browser key, then opens the request's page", async () => {
    forInstitution.mockResolvedValue({ data: { slug: "kuchnia-abcde", held: false } });
    render();
    fireEvent.change(screen.getByLabelText(/^W czyim imieniu/), { target: { value: parties[2]!.value } });
    fillIn();
    await submit();
    expect(forOrganisation).not.toHaveBeenCalled();
    expect(forInstitution).toHaveBeenCalledWith(
      expect.objectContaining({
        institutionId: "cminstitution000000000001",
        title: "Kuchnia dla seniorów",
        roles: ["VOLUNTEERS"],
        submissionKey: expect.stringMatching(/^[a-f0-9]{32}$/),
      }),
    );
    await waitFor(() =>
      expect(push).toHaveBeenCalledWith({ pathname: "/partnerships/[slug]", params: { slug: "kuchnia-abcde" } }),
    );
  });

  it("says why an unverified organisation is refused, and keeps everything typed", async () => {
    forOrganisation.mockResolvedValue({ data: { refused: "organisationNotVerified" } });
    render();
    fireEvent.change(screen.getByLabelText(/^W czyim imieniu/), { target: { value: parties[1]!.value } });
    fillIn();
    await submit();
    expect(
      await screen.findByText(/nie jest jeszcze zweryfikowana, więc nie może szukać partnerów/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Tytuł/)).toHaveValue("Kuchnia dla seniorów");
    expect(
      within(screen.getByRole("group", { name: "Rola partnera" })).getByRole("checkbox", { name: "wolontariusze" }),
    ).toBeChecked();
    expect(push).not.toHaveBeenCalled();
  });
});
