/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { SimilarIdeas } from "@/components/ideas/similar-ideas";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ children, href, ...props }: { children: React.ReactNode; href: { params: { slug: string } } }) => (
    <a href={`/pomysly/${href.params.slug}`} {...props}>
      {children}
    </a>
  ),
}));

const found = {
  ideas: [
    {
      slug: "sale-w-opolu",
      title: "Sale na spotkania organizacji",
      kind: "NEED",
      status: "ACCEPTED",
      organisations: 3,
      people: 12,
    },
  ],
};

beforeEach(() => {
  jest.useFakeTimers();
  global.fetch = jest.fn(async () => ({ ok: true, json: async () => found })) as unknown as typeof fetch;
});
afterEach(() => jest.useRealTimers());

describe("similar entries under the title", () => {
  it("asks once the typing pauses, and offers what it found with its support and the advice to support it", async () => {
    const { rerender } = renderWithIntl(<SimilarIdeas title="Sal" />);
    rerender(<SimilarIdeas title="Sale na spotk" />);
    expect(global.fetch).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(400);
    });
    expect(global.fetch).toHaveBeenCalledTimes(1);
    expect(String((global.fetch as jest.Mock).mock.calls[0][0])).toBe("/api/ideas/similar?title=Sale%20na%20spotk");
    expect(screen.getByRole("link", { name: "Sale na spotkania organizacji" })).toHaveAttribute(
      "href",
      "/pomysly/sale-w-opolu",
    );
    expect(screen.getByText(/Poparcie: 3 organizacje i 12 osób/)).toBeInTheDocument();
    expect(screen.getByText(/poprzyj go zamiast dodawać nowy wpis/)).toBeInTheDocument();
    expect(screen.getByText("Znaleziono 1 podobny wpis.")).toHaveAttribute("aria-live", "polite");
  });

  it("asks nothing for fewer than three letters", async () => {
    renderWithIntl(<SimilarIdeas title="Sa" />);
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(global.fetch).not.toHaveBeenCalled();
    expect(screen.queryByRole("region")).toBeNull();
  });
});
