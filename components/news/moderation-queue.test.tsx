/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { NewsModerationList, type ModeratedArticle } from "@/components/news/moderation-queue";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/news/actions", () => ({
  approveNewsAction: "approve",
  featureNewsAction: "feature",
  rejectNewsAction: "reject",
  reviewNewsAction: "review",
  unpublishNewsAction: "unpublish",
}));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), executeAsync: jest.fn(), isPending: false, result: {} }),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  useRouter: () => ({ refresh: jest.fn() }),
  Link: ({ children, href }: { children: React.ReactNode; href: unknown }) => (
    <a href={JSON.stringify(href)}>{children}</a>
  ),
}));

const article = (overrides: Partial<ModeratedArticle>): ModeratedArticle => ({
  id: "a1",
  shown: "v1",
  slug: "posiedzenie-rady",
  title: "Posiedzenie Wojewódzkiej Rady",
  lead: "Zapraszamy.",
  author: "Urząd Marszałkowski",
  writer: null,
  date: new Date("2026-12-06T08:00:00Z"),
  publishAt: null,
  scheduledFor: null,
  featured: false,
  ...overrides,
});

describe("NewsModerationList", () => {
  it("marks an approved article visitors cannot see yet with the time it comes out", () => {
    renderWithIntl(
      <NewsModerationList
        section="published"
        empty=""
        items={[
          article({ scheduledFor: new Date("2026-12-07T07:00:00Z") }),
          article({ id: "a2", title: "Już widoczna" }),
        ]}
      />,
    );
    const [scheduled, out] = screen.getAllByRole("listitem");
    expect(scheduled).toHaveTextContent(/zaplanowana na 7 grudnia 2026/);
    expect(out).not.toHaveTextContent(/zaplanowana/);
  });
});
