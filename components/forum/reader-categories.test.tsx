/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { ForumReaderCategories } from "@/components/forum/reader-categories";
import type { ForumCategoryView, ReaderCategories } from "@/lib/forum/category-view";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { failedAnswer, fakeFetch } from "@/tests/helpers/fake-fetch";

const category = (slug: string, name: string, overrides: Partial<ForumCategoryView> = {}): ForumCategoryView => ({
  id: slug,
  slug,
  name,
  nameIsPolish: false,
  description: `Opis: ${name}`,
  descriptionIsPolish: false,
  access: "SIGNED_IN",
  openToPublic: false,
  threadCount: 3,
  postCount: 12,
  lastPostAt: "2026-12-01T10:00:00.000Z",
  ...overrides,
});
const open = category("otwarta", "Otwarta", { openToPublic: true });
let answer: ReaderCategories;
let status = 200;
const fetchMock = fakeFetch(() => (status === 200 ? answer : failedAnswer(status)));

beforeEach(() => {
  status = 200;
});

function list(publicCategories: ForumCategoryView[]) {
  return renderWithIntl(
    <ForumReaderCategories
      publicCategories={publicCategories}
      searchForm={<form role="search" aria-label="Szukaj na forum" />}
      signInHint={<p>Zaloguj się, aby czytać więcej.</p>}
    />,
  );
}

describe("the forum's categories for whoever is reading", () => {
  it("shows a visitor the open categories and the invitation to sign in, asking without storing", async () => {
    answer = { signedIn: false };
    const { container } = list([open]);
    expect(await screen.findByText("Zaloguj się, aby czytać więcej.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Otwarta" })).toBeInTheDocument();
    expect(screen.getByRole("search")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      "/api/forum/categories?locale=pl",
      expect.objectContaining({ cache: "no-store" }),
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows a signed-in reader their own list, with the categories open to members", async () => {
    answer = { signedIn: true, categories: [open, category("czlonkowie", "Dla członków")] };
    const { container } = list([open]);
    expect(await screen.findByRole("link", { name: "Dla członków" })).toBeInTheDocument();
    expect(screen.queryByText("Zaloguj się, aby czytać więcej.")).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("offers a search only when there is something to search", async () => {
    answer = { signedIn: true, categories: [category("czlonkowie", "Dla członków")] };
    list([]);
    expect(screen.queryByRole("search")).not.toBeInTheDocument();
    expect(await screen.findByRole("search")).toBeInTheDocument();
  });

  it("says when it could not learn the reader's categories, keeping the open ones", async () => {
    status = 503;
    answer = { signedIn: true, categories: [open, category("czlonkowie", "Dla członków")] };
    list([open]);
    expect(await screen.findByRole("button", { name: "Spróbuj ponownie" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Otwarta" })).toBeInTheDocument();
    status = 200;
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spróbuj ponownie" })));
    expect(await screen.findByRole("link", { name: "Dla członków" })).toBeInTheDocument();
  });
});
