/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ReaderPage } from "@/components/layout/reader-page";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { failedAnswer, fakeFetch } from "@/tests/helpers/fake-fetch";

type Answer = { signedIn: true; items: string[] };
let answers: (Answer | { signedIn: false } | "fail")[];
const fetchMock = fakeFetch(() => {
  const next = answers.shift()!;
  return next === "fail" ? failedAnswer() : next;
});

const page = () => (
  <ReaderPage<Answer>
    url="/api/x"
    loadingLabel="Wczytywanie Twoich spraw…"
    signInLabel="Zaloguj się, aby zobaczyć swoje sprawy."
    signInNext="/moje-sprawy"
  >
    {(answer, reload) => (
      <>
        <ul>
          {answer.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <button onClick={reload}>again</button>
      </>
    )}
  </ReaderPage>
);

describe("a shared page's reader part", () => {
  it("keeps a screen's height while it asks, and offers a visitor to sign in and come back", async () => {
    answers = [{ signedIn: false }];
    const { container } = renderWithIntl(page());
    // Said while it asks, in the frame that keeps the page's height.
    expect(container.firstElementChild).toHaveTextContent("Wczytywanie Twoich spraw…");
    expect(screen.getByRole("status")).toHaveTextContent("Wczytywanie Twoich spraw…");
    expect(container.firstElementChild!.className).toBe("min-h-screen");
    expect(fetchMock).toHaveBeenCalledWith("/api/x", expect.objectContaining({ cache: "no-store" }));
    const link = await screen.findByRole("link", { name: "Zaloguj się, aby zobaczyć swoje sprawy." });
    expect(link).toHaveAttribute("href", "/logowanie?next=%2Fmoje-sprawy");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows the reader's answer, and asks again when told to", async () => {
    answers = [
      { signedIn: true, items: ["pierwsza"] },
      { signedIn: true, items: ["pierwsza", "druga"] },
    ];
    renderWithIntl(page());
    expect(await screen.findByText("pierwsza")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "again" }));
    expect(await screen.findByText("druga")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("says when the answer could not be had, with a way to ask again", async () => {
    answers = ["fail", { signedIn: true, items: ["po ponowieniu"] }];
    renderWithIntl(page());
    fireEvent.click(await screen.findByRole("button", { name: "Spróbuj ponownie" }));
    expect(await screen.findByText("po ponowieniu")).toBeInTheDocument();
  });
});
