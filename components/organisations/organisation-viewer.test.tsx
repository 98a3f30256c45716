/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import {
  OrganisationContactsForReader,
  OrganisationReaderActions,
  OrganisationViewerProvider,
} from "@/components/organisations/organisation-viewer";
import type { OrganisationContacts, OrganisationViewer } from "@/lib/organisations/viewer-types";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { failedAnswer, fakeFetch } from "@/tests/helpers/fake-fetch";

jest.mock("@/lib/organisations/actions", () => ({
  requestToJoinAction: jest.fn(),
  requestOfficialStatusAction: jest.fn(),
  withdrawMembershipRequestAction: "withdraw",
}));
jest.mock("@/lib/notifications/actions", () => ({ followOrganisationAction: "follow" }));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), isPending: false, result: {} }),
}));

const publicContacts: OrganisationContacts = {
  contacts: [{ kind: "EMAIL", value: "biuro@widok.example.org", visibility: "PUBLIC" }],
  contactPersons: [],
  hiddenContacts: 1,
};
let answer: OrganisationViewer;
let status = 200;
const fetchMock = fakeFetch(() => (status === 200 ? answer : failedAnswer(status)));

beforeEach(() => {
  status = 200;
});

function page() {
  return renderWithIntl(
    <OrganisationViewerProvider organisationId="org1">
      <OrganisationContactsForReader publicContacts={publicContacts} />
      <OrganisationReaderActions organisationId="org1" slug="fundacja-widoku" />
    </OrganisationViewerProvider>,
  );
}

describe("an organisation's page, the reader's parts", () => {
  it("asks who is reading, never storing the answer, and invites a visitor to sign in", async () => {
    answer = { signedIn: false };
    const { container } = page();
    expect(await screen.findByText(/Zaloguj się, aby/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      "/api/organisations/org1/viewer",
      expect.objectContaining({ cache: "no-store" }),
    );
    expect(screen.getByRole("link", { name: "biuro@widok.example.org" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows a member their role, the links their role allows and the members' contacts", async () => {
    answer = {
      signedIn: true,
      role: "EDITOR",
      mayActFor: true,
      mayFollow: true,
      following: true,
      mayEdit: true,
      mayViewMembers: true,
      mayRequestMembership: false,
      ownRequest: null,
      contacts: {
        contacts: [...publicContacts.contacts, { kind: "PHONE", value: "+48 77 000 00 01", visibility: "MEMBERS" }],
        contactPersons: [],
        hiddenContacts: 0,
      },
    };
    const { container } = page();
    expect(await screen.findByRole("link", { name: "Edytuj dane organizacji" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "+48 77 000 00 01" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Obserwujesz" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText(/redaktor/i)).toBeInTheDocument();
    expect(screen.queryByText(/Zaloguj się, aby/)).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("offers a signed-in reader who is not a member the request to join", async () => {
    answer = {
      signedIn: true,
      role: null,
      mayActFor: false,
      mayFollow: true,
      following: false,
      mayEdit: false,
      mayViewMembers: false,
      mayRequestMembership: true,
      ownRequest: null,
      contacts: publicContacts,
    };
    const { container } = page();
    expect(await screen.findByRole("heading", { name: "Dołącz do tej organizacji" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Edytuj dane organizacji" })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says when it could not learn who is reading, and asks again on request", async () => {
    status = 503;
    answer = { signedIn: false };
    const { container } = page();
    const retry = await screen.findByRole("button", { name: "Spróbuj ponownie" });
    expect(screen.getByText(/Nie udało się sprawdzić, co na tej stronie dotyczy Ciebie/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    status = 200;
    await act(async () => fireEvent.click(retry));
    expect(await screen.findByText(/Zaloguj się, aby/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Spróbuj ponownie" })).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
