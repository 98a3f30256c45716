/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { PartnershipProfileForm } from "@/components/partnerships/partnership-profile-form";
import { editPartnershipProfileAction } from "@/lib/partnerships/profile/actions";
import type { PartnershipProfileInput } from "@/lib/partnerships/profile/schemas";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/partnerships/profile/actions", () => ({ editPartnershipProfileAction: jest.fn() }));
const save = jest.mocked(editPartnershipProfileAction);

const organisationId = "cmorganisation00000000001";
const saved: PartnershipProfileInput = {
  openToPartnerships: false,
  offeredCompetences: ["VOLUNTEER_COORDINATION"],
  neededCompetences: [],
  offeredResources: [],
  neededResources: [],
  workingLanguages: ["pl", "hu"],
  tags: "wolontariat",
  pastProjects: [
    {
      title: "Lato z sąsiadami",
      yearFrom: "2023",
      yearTo: "2023",
      description: "",
      partners: [{ name: "Gmina Prudnik", organisationId: "" }],
    },
  ],
};

const submit = () =>
  act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Zapisz profil partnerski" }));
  });

beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn();
});
beforeEach(() => save.mockReset());

describe("PartnershipProfileForm", () => {
  it("has no WCAG A/AA violations, with every list of boxes in a named group", async () => {
    const { container } = renderWithIntl(
      <PartnershipProfileForm organisationId={organisationId} defaultValues={saved} />,
    );
    expect(await axeViolations(container)).toEqual([]);
    for (const name of [
      "Kompetencje, które oferujemy",
      "Zasoby, które możemy udostępnić",
      "Kompetencje, których potrzebujemy",
      "Zasoby, których potrzebujemy",
      "Języki, w których pracujemy",
      "Projekt 1",
      "Partnerzy projektu 1",
    ])
      expect(screen.getByRole("group", { name })).toBeInTheDocument();
    // A language already chosen outside the usual ones is shown as a box, ticked.
    expect(screen.getByRole("checkbox", { name: "węgierski" })).toBeChecked();
  });

  it("sends what was ticked and typed, with the organisation, and says it was saved", async () => {
    save.mockResolvedValue({ data: { saved: true } });
    renderWithIntl(<PartnershipProfileForm organisationId={organisationId} defaultValues={saved} />);
    fireEvent.click(screen.getByLabelText(/Szukamy partnerów/));
    const needed = screen.getByRole("group", { name: "Zasoby, których potrzebujemy" });
    fireEvent.click(within(needed).getByRole("checkbox", { name: "bus lub mikrobus" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "niemiecki" }));
    fireEvent.change(screen.getByLabelText("Słowa kluczowe"), { target: { value: "wolontariat, Erasmus+" } });
    await submit();
    expect(save).toHaveBeenCalledWith({
      organisationId,
      profile: expect.objectContaining({
        openToPartnerships: true,
        neededResources: ["MINIBUS"],
        workingLanguages: expect.arrayContaining(["pl", "hu", "de"]),
        tags: "wolontariat, Erasmus+",
      }),
    });
    expect(screen.getByText("Profil partnerski zapisany.")).toBeInTheDocument();
    // What was stored is what the field shows now.
    expect(screen.getByLabelText("Słowa kluczowe")).toHaveValue("wolontariat, erasmus+");
    expect(screen.getByLabelText(/Szukamy partnerów/)).toBeChecked();
  });

  it("checks the fields first: nothing is sent, the summary links to each bad field", async () => {
    renderWithIntl(<PartnershipProfileForm organisationId={organisationId} defaultValues={saved} />);
    fireEvent.change(screen.getByLabelText("Słowa kluczowe"), { target: { value: "<b>, ok" } });
    fireEvent.change(screen.getByLabelText(/Do roku/), { target: { value: "2020" } });
    await submit();
    expect(save).not.toHaveBeenCalled();
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole("link", { name: /Słowo kluczowe musi mieć/ })).toHaveAttribute(
      "href",
      "#partnership-tags",
    );
    expect(within(summary).getByRole("link", { name: /Rok zakończenia nie może/ })).toHaveAttribute(
      "href",
      "#partnership-pastProjects-0-yearTo",
    );
    expect(screen.getByLabelText(/Do roku/)).toHaveAttribute("aria-invalid", "true");
  });

  it("puts the server's refusal of a partner's link on that partner's name", async () => {
    // A FieldRuleError's fields are named at run time (lib/rule-errors), so the action's type does not list them.
    const refusal: unknown = {
      validationErrors: { "pastProjects.0.partners.0.name": { _errors: ["partnershipPartnerIsSelf"] } },
    };
    save.mockResolvedValue(refusal as Awaited<ReturnType<typeof editPartnershipProfileAction>>);
    renderWithIntl(<PartnershipProfileForm organisationId={organisationId} defaultValues={saved} />);
    await submit();
    await waitFor(() => expect(screen.getByLabelText(/Nazwa partnera 1/)).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByText(/nie może być partnerem we własnym projekcie/, { selector: "p" })).toBeInTheDocument();
    expect(screen.queryByText("Profil partnerski zapisany.")).not.toBeInTheDocument();
  });

  it("adds projects and partners with focus on their first field, and gives focus back when one goes", async () => {
    renderWithIntl(<PartnershipProfileForm organisationId={organisationId} defaultValues={saved} />);
    fireEvent.click(screen.getByRole("button", { name: "Dodaj projekt" }));
    await waitFor(() => expect(screen.getByRole("group", { name: "Projekt 2" })).toBeInTheDocument());
    const second = screen.getByRole("group", { name: "Projekt 2" });
    await waitFor(() => expect(within(second).getByLabelText(/Tytuł projektu/)).toHaveFocus());
    fireEvent.click(within(second).getByRole("button", { name: "Dodaj partnera" }));
    await waitFor(() => expect(within(second).getByLabelText(/Nazwa partnera 1/)).toHaveFocus());
    fireEvent.click(within(second).getByRole("button", { name: "Usuń partnera 1" }));
    await waitFor(() => expect(within(second).getByRole("button", { name: "Dodaj partnera" })).toHaveFocus());
    fireEvent.click(screen.getByRole("button", { name: "Usuń projekt 2" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Dodaj projekt" })).toHaveFocus());
    expect(screen.queryByRole("group", { name: "Projekt 2" })).not.toBeInTheDocument();
  });

  it("adds a language from the full list as a ticked box, and announces it", async () => {
    save.mockResolvedValue({ data: { saved: true } });
    renderWithIntl(<PartnershipProfileForm organisationId={organisationId} defaultValues={saved} />);
    expect(screen.getByRole("button", { name: "Dodaj język" })).toBeDisabled();
    fireEvent.change(screen.getByLabelText("Inny język"), { target: { value: "lt" } });
    fireEvent.click(screen.getByRole("button", { name: "Dodaj język" }));
    expect(screen.getByRole("checkbox", { name: "litewski" })).toBeChecked();
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "litewski" })).toHaveFocus());
    expect(screen.getByText("Dodano język: litewski.")).toBeInTheDocument();
    await submit();
    expect(save.mock.calls[0]![0].profile.workingLanguages).toEqual(expect.arrayContaining(["pl", "hu", "lt"]));
  });
});
