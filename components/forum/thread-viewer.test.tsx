/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { ComposerProvider } from "@/components/forum/composer-context";
import { PostHiddenReason, PostReaderActions, PostWithheld } from "@/components/forum/post-reader-parts";
import {
  ThreadReply,
  ThreadTools,
  ThreadViewerProvider,
  UnreadJump,
  UnreadMarker,
} from "@/components/forum/thread-viewer";
import type { ThreadViewer, ThreadViewerPost } from "@/lib/forum/thread-viewer-types";
import { messagesFor } from "@/lib/i18n/messages";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { failedAnswer, fakeFetch } from "@/tests/helpers/fake-fetch";

// The reply form is tested on its own; here what matters is who gets it.
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
  { id: "p1", number: 3, body: "Trzeci wpis.", helpfulCount: 2, hidden: false, held: false, deleted: false },
  { id: "p2", number: 4, body: null, helpfulCount: 0, hidden: true, held: false, deleted: false },
  { id: "p3", number: 5, body: "Piąty wpis.", helpfulCount: 0, hidden: false, held: false, deleted: false },
];
const part = (id: string, overrides: Partial<ThreadViewerPost> = {}): ThreadViewerPost => ({
  id,
  mine: false,
  markedHelpful: false,
  withheld: null,
  shown: null,
  revisions: [],
  ...overrides,
});
const member = (overrides: Partial<Extract<ThreadViewer, { signedIn: true }>> = {}): ThreadViewer => ({
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
  posts: posts.map((post) => part(post.id)),
  ...overrides,
});

let answer: ThreadViewer;
let status = 200;
const fetchMock = fakeFetch(() => (status === 200 ? answer : failedAnswer(status)));

beforeEach(() => {
  status = 200;
});

const thread = { id: "t1", locked: false, pinned: false, categoryId: "c1" };

function threadPage() {
  return (
    <ThreadViewerProvider threadId="t1" page={1} revision="abc">
      <ComposerProvider>
        <h1>Wątek o współpracy</h1>
        <ThreadTools thread={thread} />
        <UnreadJump threadId="t1" postCount={5} />
        {posts.map((post) => (
          <article key={post.id} id={`wpis-${post.number}`} aria-label={`wpis ${post.number}`}>
            <UnreadMarker number={post.number} postCount={5} />
            {post.hidden && (
              <p>
                Moderacja ukryła ten wpis.
                <PostHiddenReason postId={post.id} />
              </p>
            )}
            <PostWithheld postId={post.id} />
            <PostReaderActions post={post} threadId="t1" quoteMarkdown="> cytat" />
          </article>
        ))}
        <section aria-label="Odpowiedz">
          <ThreadReply thread={{ id: "t1", categoryId: "c1" }} signInNext="/forum/watki/t1?strona=1" />
        </section>
      </ComposerProvider>
    </ThreadViewerProvider>
  );
}

const post = (number: number) => screen.getByRole("article", { name: `wpis ${number}` });

describe("a forum thread's page, the reader's parts", () => {
  it("asks who is reading page by page, never storing the answer, and shows a visitor what visitors see", async () => {
    answer = { signedIn: false };
    const { container } = renderWithIntl(threadPage());
    expect(await screen.findByRole("link", { name: "Zaloguj się, aby pisać w tej kategorii" })).toHaveAttribute(
      "href",
      "/logowanie?next=%2Fforum%2Fwatki%2Ft1%3Fstrona%3D1",
    );
    expect(fetchMock).toHaveBeenCalledWith(
      "/api/forum/threads/t1/viewer?page=1&locale=pl&v=abc",
      expect.objectContaining({ cache: "no-store" }),
    );
    expect(within(post(3)).getByText("2 osoby uznały za pomocne")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Pomocne|Więcej|Obserwuj/ })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("gives a member the reply form, the watch button, their posts' menu and the way to what is new", async () => {
    answer = member({
      lastRead: 3,
      watching: true,
      posts: [part("p1", { mine: true, markedHelpful: false }), part("p2"), part("p3", { markedHelpful: true })],
    });
    const { container } = renderWithIntl(threadPage());
    expect(await screen.findByText("composer for Anna")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Obserwuj wątek" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("link", { name: "Przejdź do pierwszego nieprzeczytanego wpisu" })).toHaveAttribute(
      "href",
      "/forum/watki/t1?wpis=4",
    );
    // The marker stands before the first unread post, and only there.
    expect(within(post(4)).getByText("Nowe wpisy od tego miejsca")).toBeInTheDocument();
    expect(screen.getAllByText("Nowe wpisy od tego miejsca")).toHaveLength(1);
    expect(within(post(5)).getByRole("button", { name: /Pomocne/ })).toHaveAttribute("aria-pressed", "true");
    // A hidden post has no actions, and a member sees no moderation.
    expect(within(post(4)).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Moderacja wątku" })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    // Their own post: edit and delete in its menu; someone else's: flag.
    fireEvent.click(within(post(3)).getByRole("button", { name: /Więcej/ }));
    expect(await screen.findByRole("menuitem", { name: "Edytuj" })).toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: "Zgłoś moderatorom" })).not.toBeInTheDocument();
  });

  it("shows a hidden post's author its text and why it was hidden", async () => {
    answer = member({
      posts: [
        part("p1"),
        part("p2", {
          mine: true,
          withheld: {
            bodyHtml: "<p>Mój ukryty wpis.</p>",
            images: [{ id: "i1", alt: "Zdjęcie ulotki", width: 40, height: 30 }],
            hiddenReason: "Nie na temat.",
            editHeld: false,
          },
        }),
        part("p3"),
      ],
    });
    renderWithIntl(threadPage());
    expect(await within(post(4)).findByText("Mój ukryty wpis.")).toBeInTheDocument();
    expect(within(post(4)).getByText("Moderacja ukryła ten wpis. Powód: Nie na temat.")).toBeInTheDocument();
    expect(within(post(4)).getByRole("img", { name: "Zdjęcie ulotki" })).toHaveAttribute("src", "/api/forum/images/i1");
    expect(within(post(3)).queryByText("Mój ukryty wpis.")).not.toBeInTheDocument();
  });

  it("gives a moderator the thread's tools, each post's and the earlier wordings", async () => {
    answer = member({
      moderator: true,
      categories: [{ id: "c1", name: "Ogólna" }],
      posts: [
        part("p1", { revisions: [{ id: "r1", body: "Pierwsza wersja.", replacedAt: "2026-12-01T10:00:00.000Z" }] }),
        part("p2", { withheld: { bodyHtml: "<p>Ukryty.</p>", images: [], hiddenReason: "Spam.", editHeld: false } }),
        part("p3"),
      ],
    });
    const { container } = renderWithIntl(threadPage());
    fireEvent.click(await screen.findByRole("button", { name: "Moderacja wątku" }));
    expect(screen.getByRole("region", { name: "Moderacja wątku" })).toBeInTheDocument();
    expect(within(post(3)).getByText("Poprzednia wersja (1)")).toBeInTheDocument();
    expect(within(post(3)).getByRole("button", { name: /Ukryj/ })).toBeInTheDocument();
    expect(within(post(4)).getByText("Ukryty.")).toBeInTheDocument();
    expect(within(post(5)).getByRole("button", { name: /Wydziel od tego wpisu/ })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("tells a reader who may not write here who may, and a suspended one until when", async () => {
    answer = member({ canWrite: false, mayReply: false, readOnly: "REPRESENTATIVES" });
    const { unmount } = renderWithIntl(threadPage());
    expect(await screen.findByText(/pisać w niej mogą tylko osoby z grupy/)).toBeInTheDocument();
    expect(screen.queryByText(/composer for/)).not.toBeInTheDocument();
    unmount();
    answer = member({ mayReply: false, suspension: { until: "2027-01-10T12:00:00.000Z", reason: "Spam." } });
    renderWithIntl(threadPage());
    expect(await screen.findByText(/Twoje konto nie może pisać na forum do 10 stycznia 2027/)).toBeInTheDocument();
  });

  it("says when the reader's parts could not be had, and asks again on request", async () => {
    status = 500;
    renderWithIntl(threadPage());
    const retry = await screen.findByRole("button", { name: "Spróbuj ponownie" });
    status = 200;
    answer = member();
    await act(async () => fireEvent.click(retry));
    expect(await screen.findByText("composer for Anna")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("without JavaScript keeps the visitor's page with the invitation to sign in and the reply page's link", () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="pl" messages={messagesFor("pl")} timeZone="Europe/Warsaw">
        {threadPage()}
      </NextIntlClientProvider>,
    );
    const noscript = /<noscript>(.*?)<\/noscript>/s.exec(html)?.[1] ?? "";
    expect(noscript).toContain("Zaloguj się, aby pisać w tej kategorii");
    expect(noscript).toContain('href="/forum/watki/t1/odpowiedz"');
    expect(html).toContain("2 osoby uznały za pomocne");
    expect(html).not.toContain("Obserwuj wątek");
  });
});
