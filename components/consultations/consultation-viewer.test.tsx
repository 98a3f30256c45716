/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { ConsultationText, TEXT_LIST_ID } from "@/components/consultations/consultation-text";
import {
  ConsultationManageLink,
  ConsultationReaderAccess,
  ConsultationViewerProvider,
  ReaderGeneralRemarkControl,
  ReaderOwnRemarks,
  ReaderUnitRemarkControls,
} from "@/components/consultations/consultation-viewer";
import { splitIntoUnits } from "@/lib/consultations/units";
import type { ConsultationViewer, RemarkContext } from "@/lib/consultations/viewer-types";
import { messagesFor } from "@/lib/i18n/messages";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { failedAnswer, fakeFetch } from "@/tests/helpers/fake-fetch";

// The form sends at once here: what matters is what the page does after a remark is sent.
jest.mock("@/components/consultations/remark-form", () => ({
  RemarkForm: ({ onDone }: { onDone: () => void }) => (
    <button type="button" onClick={onDone}>
      send
    </button>
  ),
}));
const markAnswersSeenAction = jest.fn(async (_input: unknown) => ({ data: { marked: 1 } }));
jest.mock("@/lib/consultations/remarks/actions", () => ({
  withdrawRemarkAction: "withdraw",
  markAnswersSeenAction: (input: unknown) => markAnswersSeenAction(input),
}));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ executeAsync: jest.fn(), isPending: false }),
}));

const units = splitIntoUnits("## 1. Zasady\n\nKonkurs ogłasza Zarząd.\n\nOferty składa się do 31 stycznia.").map(
  (unit, index) => ({ ...unit, id: `u${index}` }),
);
const context: RemarkContext = {
  consultationId: "c1",
  personName: "Anna",
  organisations: [{ id: "o1", name: "Fundacja Widoku" }],
  allowSelf: false,
};
const member = (overrides: Partial<Extract<ConsultationViewer, { signedIn: true }>> = {}): ConsultationViewer => ({
  signedIn: true,
  manages: false,
  remarkContext: context,
  standing: null,
  own: { context, open: true, remarks: [] },
  ...overrides,
});

let answer: ConsultationViewer;
let status = 200;
const fetchMock = fakeFetch(() => (status === 200 ? answer : failedAnswer(status)));

beforeEach(() => {
  status = 200;
  markAnswersSeenAction.mockClear();
});

const signIn = { pathname: "/sign-in", query: { next: "/konsultacje/program-2027" } } as const;

function page(byOrganisations = false) {
  return renderWithIntl(
    <ConsultationViewerProvider consultationId="c1">
      <h1>Program współpracy</h1>
      <ConsultationManageLink slug="program-2027" />
      <ConsultationReaderAccess slug="program-2027" signIn={signIn} byOrganisations={byOrganisations} />
      <ConsultationText
        units={units}
        counts={null}
        shown={null}
        withRemarkControls
        remarkControls={<ReaderUnitRemarkControls listId={TEXT_LIST_ID} />}
      />
      <ReaderGeneralRemarkControl signIn={signIn} byOrganisations={byOrganisations} />
      <ReaderOwnRemarks />
    </ConsultationViewerProvider>,
  );
}

const list = () => document.getElementById(TEXT_LIST_ID)!;

describe("a consultation's page, the reader's parts", () => {
  it("asks who is reading, never storing the answer, and invites a visitor to sign in; the units' buttons stay hidden", async () => {
    answer = { signedIn: false };
    const { container } = page();
    // At the top, and again under the general remarks, at the end of the text: the link is the
    // sentence's action, not a second "Zaloguj się" after it.
    const links = await screen.findAllByRole("link", { name: "zaloguj się" });
    expect(links.map((link) => link.parentElement!.textContent)).toEqual([
      "Aby zgłosić uwagę, zaloguj się.",
      "Aby zgłosić uwagę, zaloguj się.",
    ]);
    expect(links[0]).toHaveAttribute("href", "/logowanie?next=%2Fkonsultacje%2Fprogram-2027");
    expect(fetchMock).toHaveBeenCalledWith(
      "/api/consultations/c1/viewer",
      expect.objectContaining({ cache: "no-store" }),
    );
    expect(screen.queryByRole("link", { name: "Zaloguj się" })).not.toBeInTheDocument();
    // In the shared markup for everyone, shown (globals.css) only once the list is marked.
    expect(list().querySelectorAll("button[data-remark-unit]")).toHaveLength(units.length);
    expect(list()).not.toHaveAttribute("data-may-remark");
    expect(screen.queryByRole("button", { name: "Zgłoś uwagę ogólną" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Zarządzaj konsultacjami" })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("tells a visitor, where only organisations remark, who does before inviting to sign in", async () => {
    answer = { signedIn: false };
    const { container } = page(true);
    const links = await screen.findAllByRole("link", { name: "zaloguj się" });
    expect(links.map((link) => link.parentElement!.textContent)).toEqual([
      "W tych konsultacjach uwagi zgłaszają przedstawiciele organizacji. Aby zgłosić uwagę, zaloguj się.",
      "W tych konsultacjach uwagi zgłaszają przedstawiciele organizacji. Aby zgłosić uwagę, zaloguj się.",
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("gives a member who may remark the controls, their remarks cited as the page cites them, and asks again after a remark", async () => {
    answer = member({
      own: {
        context,
        open: true,
        remarks: [
          {
            id: "r1",
            state: "SUBMITTED",
            unit: { key: units[2]!.key, label: null, paragraph: 2 },
            organisationName: "Fundacja Widoku",
            currentWording: null,
            proposedWording: "Oferty do 15 lutego.",
            justification: "Więcej czasu.",
            decision: null,
            decisionReason: null,
            createdAt: "2026-12-01T10:00:00.000Z",
            editedAt: null,
            answerUnseen: false,
          },
        ],
      },
    });
    const { container } = page();
    const own = await screen.findByRole("region", { name: "Twoja uwaga" });
    expect(own).toHaveTextContent("Akapit 2 – w imieniu: Fundacja Widoku");
    expect(list()).toHaveAttribute("data-may-remark");
    expect(screen.queryByRole("link", { name: "zaloguj się" })).not.toBeInTheDocument();
    const general = screen.getByRole("button", { name: "Zgłoś uwagę ogólną" });
    act(() => fireEvent.click(general));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "send" })));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(general).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("marks the answers to one's remarks seen once the list shows them, and only then", async () => {
    const answered = {
      id: "r3",
      state: "SUBMITTED" as const,
      unit: null,
      organisationName: null,
      currentWording: null,
      proposedWording: null,
      justification: "Uwaga ogólna.",
      decision: "ACCEPTED" as const,
      decisionReason: "Słusznie.",
      createdAt: "2026-12-01T10:00:00.000Z",
      editedAt: null,
    };
    answer = member({ own: { context, open: true, remarks: [{ ...answered, answerUnseen: false }] } });
    const first = page();
    await screen.findByRole("region", { name: "Twoja uwaga" });
    expect(markAnswersSeenAction).not.toHaveBeenCalled();
    first.unmount();

    answer = member({ own: { context, open: true, remarks: [{ ...answered, answerUnseen: true }] } });
    page();
    await screen.findByRole("region", { name: "Twoja uwaga" });
    expect(markAnswersSeenAction).toHaveBeenCalledTimes(1);
    expect(markAnswersSeenAction).toHaveBeenCalledWith({ consultationId: "c1" });
  });

  it("shows one's remarks when the page's fragment is not a valid escape (a hand-edited link)", async () => {
    window.location.hash = "#remark-%E0";
    answer = member({
      own: {
        context,
        open: true,
        remarks: [
          {
            id: "r2",
            state: "SUBMITTED",
            unit: null,
            organisationName: null,
            currentWording: null,
            proposedWording: null,
            justification: "Uwaga ogólna.",
            decision: null,
            decisionReason: null,
            createdAt: "2026-12-01T10:00:00.000Z",
            editedAt: null,
            answerUnseen: false,
          },
        ],
      },
    });
    page();
    expect(await screen.findByRole("region", { name: "Twoja uwaga" })).toHaveTextContent("Uwaga ogólna.");
    window.location.hash = "";
  });

  it("gives the organiser's official the manage link and says why they do not remark", async () => {
    answer = member({ manages: true, remarkContext: null, standing: { kind: "organiser" } });
    page();
    // Under the title, and in the notice of why they do not remark.
    const manage = await screen.findAllByRole("link", { name: "Zarządzaj konsultacjami" });
    expect(manage.map((link) => link.getAttribute("href"))).toEqual([
      "/konsultacje/program-2027/edycja",
      "/konsultacje/program-2027/edycja",
    ]);
    expect(screen.getByText(/Te konsultacje prowadzi Twój urząd/)).toBeInTheDocument();
    expect(list()).not.toHaveAttribute("data-may-remark");
    expect(screen.queryByRole("button", { name: "Zgłoś uwagę ogólną" })).not.toBeInTheDocument();
  });

  it("tells a member without an organisation where to find one", async () => {
    answer = member({ remarkContext: null, standing: { kind: "noOrganisation" } });
    page();
    expect(await screen.findByRole("link", { name: "zarejestruj ją" })).toBeInTheDocument();
  });

  it("says when the reader's parts could not be had, and asks again on request", async () => {
    status = 500;
    answer = member();
    page();
    const retry = await screen.findByRole("button", { name: "Spróbuj ponownie" });
    expect(screen.getByText(/Nie udało się sprawdzić/)).toBeInTheDocument();
    status = 200;
    await act(async () => fireEvent.click(retry));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole("button", { name: "Zgłoś uwagę ogólną" })).toBeInTheDocument();
    expect(within(document.body).queryByText(/Nie udało się sprawdzić/)).not.toBeInTheDocument();
  });

  it("without JavaScript, invites to sign in and keeps the officials' links to manage it and answer its remarks", () => {
    // The server's HTML: no answer will come, so what stands in for it is in <noscript>.
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="pl" messages={messagesFor("pl")} timeZone="Europe/Warsaw">
        <ConsultationViewerProvider consultationId="c1">
          <ConsultationReaderAccess slug="program-2027" signIn={signIn} byOrganisations={false} />
        </ConsultationViewerProvider>
      </NextIntlClientProvider>,
    );
    const noscript = /<noscript>(.*)<\/noscript>/s.exec(html)?.[1] ?? "";
    expect(noscript).toContain("Aby zgłosić uwagę, <a");
    expect(noscript).toMatch(/>zaloguj się<\/a>\./);
    expect(noscript).toContain('href="/logowanie?next=%2Fkonsultacje%2Fprogram-2027"');
    expect(noscript).toContain('href="/konsultacje/program-2027/edycja"');
    expect(noscript).toContain('href="/konsultacje/program-2027/uwagi"');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
