/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { DecisionButton, ReasonDecision, useItemDecisions } from "@/components/moderation/item-decisions";
import { useErrorText } from "@/components/forms/error-text";
import { QueueList } from "@/components/moderation/queue-list";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

// The page is refreshed by the action pipeline on the server (lib/safe-action.ts), never by the queue.
const refresh = jest.fn();
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ refresh }) }));

type Item = { id: string; title: string };
const TITLE = "Wzór porozumienia o współpracy";

/** A queue as news and the library use it: a decision button and a decision with a reason on each item. */
function Queue({
  items,
  accept,
  reject,
}: {
  items: Item[];
  accept: () => Promise<unknown>;
  reject: (reason: string) => Promise<unknown>;
}) {
  const decisions = useItemDecisions("libraryModeration.refusals");
  return (
    <QueueList items={items} empty="Nic nie czeka." status={decisions.alerts}>
      {(item) => (
        <>
          <h2>{item.title}</h2>
          <DecisionButton
            context={item.title}
            disabled={decisions.pending}
            onClick={() =>
              void decisions.decide(async () => ({ data: await accept() }), `Zaakceptowano: ${item.title}.`)
            }
          >
            Akceptuj
          </DecisionButton>
          <ReasonDecision
            decisions={decisions}
            open="Odrzuć…"
            submit="Odrzuć propozycję"
            context={item.title}
            done={`Odrzucono: ${item.title}.`}
            run={async (reason) => ({ data: await reject(reason) })}
          />
        </>
      )}
    </QueueList>
  );
}

describe("the moderators' queue", () => {
  it("lists items with decisions named for screen readers by their item, or says nothing waits", () => {
    const { rerender } = renderWithIntl(
      <Queue items={[{ id: "d1", title: TITLE }]} accept={jest.fn()} reject={jest.fn()} />,
    );
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByRole("button", { name: `Akceptuj – ${TITLE}` })).toBeEnabled();
    expect(screen.getByRole("button", { name: `Odrzuć… – ${TITLE}` })).toBeEnabled();
    rerender(<Queue items={[]} accept={jest.fn()} reject={jest.fn()} />);
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.getByText("Nic nie czeka.")).toBeVisible();
  });

  it("says what a decision did, or the kind's refusal in words", async () => {
    const accept = jest.fn().mockResolvedValueOnce({ accepted: true }).mockResolvedValueOnce({ refused: "stale" });
    renderWithIntl(<Queue items={[{ id: "d1", title: TITLE }]} accept={accept} reject={jest.fn()} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Akceptuj – ${TITLE}` })));
    expect(screen.getByText(`Zaakceptowano: ${TITLE}.`)).toBeVisible();
    expect(refresh).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Akceptuj – ${TITLE}` })));
    expect(screen.getByText(/^Propozycja zmieniła się po otwarciu tej strony/)).toBeVisible();
  });

  it("checks the reason before sending a decision that needs one", async () => {
    const reject = jest.fn().mockResolvedValue({ rejected: true });
    renderWithIntl(<Queue items={[{ id: "d1", title: TITLE }]} accept={jest.fn()} reject={reject} />);
    fireEvent.click(screen.getByRole("button", { name: `Odrzuć… – ${TITLE}` }));
    const reason = screen.getByLabelText(/^Powód \(zobaczy go autor\)/);
    fireEvent.change(reason, { target: { value: "Nie" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Odrzuć propozycję – ${TITLE}` })));
    expect(screen.getByText("Podaj powód (co najmniej 5 znaków).")).toBeVisible();
    expect(reject).not.toHaveBeenCalled();
    fireEvent.change(reason, { target: { value: "  Brak pliku w formacie PDF.  " } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Odrzuć propozycję – ${TITLE}` })));
    expect(reject).toHaveBeenCalledWith("Brak pliku w formacie PDF.");
    expect(screen.getByText(`Odrzucono: ${TITLE}.`)).toBeVisible();
  });
});

describe("texts for codes a server sends", () => {
  function Texts({ codes }: { codes: string[] }) {
    const texts = useErrorText();
    return (
      <ul>
        {codes.map((code) => (
          <li key={code}>{code.startsWith("news") ? texts.field(code) : texts.code(code)}</li>
        ))}
      </ul>
    );
  }

  it("reads a known code's text, and an unknown one as the generic error, never as a raw key", () => {
    renderWithIntl(<Texts codes={["FORBIDDEN", "NO_SUCH_CODE", "newsReasonTooShort"]} />);
    const [forbidden, unknown, field] = screen.getAllByRole("listitem");
    expect(forbidden).not.toHaveTextContent("FORBIDDEN");
    expect(unknown).toHaveTextContent(/^Coś poszło nie tak po naszej stronie/);
    expect(field).toHaveTextContent("Podaj powód (co najmniej 5 znaków).");
  });
});
