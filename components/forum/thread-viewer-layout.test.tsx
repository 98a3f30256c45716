/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { ComposerProvider } from "@/components/forum/composer-context";
import { PostReaderActions } from "@/components/forum/post-reader-parts";
import { ThreadReply, ThreadTools, ThreadViewerProvider, UnreadJump } from "@/components/forum/thread-viewer";
import type { ThreadViewer } from "@/lib/forum/thread-viewer-types";
import { messagesFor } from "@/lib/i18n/messages";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

// What matters here is the places the reader's parts take, not the parts themselves.
jest.mock("@/components/forum/post-composer", () => ({
  PostComposer: ({ personName }: { personName: string }) => <p>composer for {personName}</p>,
}));
jest.mock("@/lib/forum/actions", () => ({}));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), executeAsync: jest.fn(), isPending: false, result: {} }),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  ...jest.requireActual("@/lib/i18n/navigation"),
  useRouter: () => ({ refresh: jest.fn(), push: jest.fn() }),
}));

const posts = [
  { id: "p1", number: 3, body: "Trzeci wpis.", helpfulCount: 0, hidden: false, held: false, deleted: false },
  { id: "p2", number: 4, body: "Czwarty wpis.", helpfulCount: 0, hidden: false, held: false, deleted: false },
];
const member: ThreadViewer = {
  signedIn: true,
  personName: "Anna",
  canWrite: true,
  mayReply: true,
  suspension: null,
  readOnly: null,
  organisations: [],
  watching: false,
  lastRead: 0,
  moderator: false,
  categories: [],
  posts: posts.map((post) => ({
    id: post.id,
    mine: false,
    markedHelpful: false,
    withheld: null,
    shown: null,
    revisions: [],
  })),
};

// The answer is held until the test lets it through, as a slow server would.
let letThrough: (answer: ThreadViewer) => void = () => {};
beforeEach(() => {
  global.fetch = jest.fn(
    () =>
      new Promise((resolve) => {
        letThrough = (answer) => resolve({ ok: true, status: 200, json: async () => answer } as Response);
      }),
  ) as unknown as typeof fetch;
  window.location.hash = "";
});

function threadPage() {
  return (
    <ThreadViewerProvider threadId="t1" page={1} revision="abc">
      <ComposerProvider>
        <div data-testid="tools">
          <ThreadTools thread={{ id: "t1", locked: false, pinned: false, categoryId: "c1" }} />
        </div>
        <div data-testid="unread">
          <UnreadJump threadId="t1" postCount={4} />
        </div>
        {posts.map((post) => (
          <article key={post.id} id={`wpis-${post.number}`} aria-label={`wpis ${post.number}`}>
            <p>{post.body}</p>
            <div data-testid={`actions-${post.number}`}>
              <PostReaderActions post={post} threadId="t1" quoteMarkdown="> cytat" />
            </div>
          </article>
        ))}
        <div data-testid="reply">
          <ThreadReply thread={{ id: "t1", categoryId: "c1" }} signInNext="/forum/watki/t1?strona=1" />
        </div>
      </ComposerProvider>
    </ThreadViewerProvider>
  );
}

/** The place kept inside the wrapper `testId`: its classes (which give its height) and whether it waits. */
function slot(testId: string) {
  const place = screen.getByTestId(testId).firstElementChild as HTMLElement;
  return { className: place.className, busy: place.getAttribute("aria-busy") };
}

describe("a forum thread's page keeps the places of its reader's parts", () => {
  it("draws them, busy, in the markup everyone is served", () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="pl" messages={messagesFor("pl")} timeZone="Europe/Warsaw">
        {threadPage()}
      </NextIntlClientProvider>,
    );
    expect(html).toContain(
      '<div data-testid="tools"><div class="mt-3 min-h-[calc(2.6rem+4px)]" aria-busy="true"></div></div>',
    );
    expect(html).toContain(
      '<div data-testid="unread"><div class="mt-3 min-h-[3.2rem] sm:min-h-[1.6rem]" aria-busy="true"></div></div>',
    );
    expect(html).toMatch(/data-testid="actions-3"><div class="min-h-14" aria-busy="true">/);
    expect(html).toMatch(/data-testid="actions-4"><div class="min-h-14" aria-busy="true">/);
    expect(html).toMatch(/data-testid="reply"><div class="min-h-\[66rem\]" aria-busy="true">/);
  });

  it("fills the same places for a member, and they stop being busy", async () => {
    renderWithIntl(threadPage());
    const places = ["tools", "unread", "actions-3", "actions-4", "reply"];
    const before = places.map((id) => slot(id).className);
    await act(async () => letThrough({ ...member, lastRead: 2 }));
    expect(await screen.findByText("composer for Anna")).toBeInTheDocument();
    expect(places.map((id) => slot(id).className)).toEqual(before);
    for (const id of places) expect(slot(id).busy).toBe("false");
    expect(screen.getByTestId("tools")).toContainElement(screen.getByRole("button", { name: "Obserwuj wątek" }));
    expect(screen.getByTestId("unread")).toContainElement(
      screen.getByRole("link", { name: "Przejdź do pierwszego nieprzeczytanego wpisu" }),
    );
    // What the watch button says is read out, not shown: the place is one button high.
    expect(screen.getByRole("status")).toHaveClass("sr-only");
  });

  it("lets a visitor's reply place shrink to the invitation, after the posts, and keeps the watch place", async () => {
    renderWithIntl(threadPage());
    await act(async () => letThrough({ signedIn: false }));
    expect(await screen.findByRole("link", { name: "Zaloguj się, aby pisać w tej kategorii" })).toBeInTheDocument();
    expect(slot("reply")).toEqual({ className: "", busy: "false" });
    expect(slot("tools")).toEqual({ className: "mt-3 min-h-[calc(2.6rem+4px)]", busy: "false" });
    expect(slot("unread")).toEqual({ className: "mt-3 min-h-[3.2rem] sm:min-h-[1.6rem]", busy: "false" });
  });

  it("gives a moderator the thread's tools behind a button in the watch button's row, open only when asked for", async () => {
    renderWithIntl(threadPage());
    await act(async () => letThrough({ ...member, moderator: true, categories: [{ id: "c1", name: "Ogólna" }] }));
    const toggle = await screen.findByRole("button", { name: "Moderacja wątku" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("region", { name: "Moderacja wątku" })).not.toBeInTheDocument();
    // The button shares the watch button's row: the place stays one button high until the moderator opens the tools.
    expect(toggle.parentElement).toContainElement(screen.getByRole("button", { name: "Obserwuj wątek" }));
    expect(slot("tools").className).toBe("mt-3 min-h-[calc(2.6rem+4px)]");
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const tools = screen.getByRole("region", { name: "Moderacja wątku" });
    expect(document.getElementById(toggle.getAttribute("aria-controls")!)).toContainElement(tools);
  });
});

describe("a link to a post, once the reader's parts have come", () => {
  let scrolled: HTMLElement[];
  beforeEach(() => {
    scrolled = [];
    Element.prototype.scrollIntoView = jest.fn(function (this: HTMLElement) {
      scrolled.push(this);
    });
  });

  it("brings the post back into view and gives it focus", async () => {
    window.location.hash = "#wpis-4";
    renderWithIntl(threadPage());
    const target = screen.getByRole("article", { name: "wpis 4" });
    expect(scrolled).toEqual([]);
    await act(async () => letThrough(member));
    await waitFor(() => expect(scrolled).toEqual([target]));
    expect(target).toHaveFocus();
    expect(target).toHaveAttribute("tabindex", "-1");
  });

  it("leaves the page where the reader put it if they moved it meanwhile", async () => {
    window.location.hash = "#wpis-4";
    renderWithIntl(threadPage());
    fireEvent.wheel(window);
    await act(async () => letThrough(member));
    expect(await screen.findByText("composer for Anna")).toBeInTheDocument();
    expect(scrolled).toEqual([]);
  });

  it("does nothing without a post in the address", async () => {
    window.location.hash = "#odpowiedz";
    renderWithIntl(threadPage());
    await act(async () => letThrough(member));
    expect(await screen.findByText("composer for Anna")).toBeInTheDocument();
    expect(scrolled).toEqual([]);
  });
});
