/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ReportPanel } from "@/components/consultations/report-panel";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const publish = jest.fn();
jest.mock("@/lib/consultations/report/actions", () => ({
  publishReportAction: "publish",
  requestReportAction: "request",
}));
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: string) => ({
    execute: jest.fn(),
    executeAsync: action === "publish" ? publish : jest.fn(),
    isPending: false,
    result: {},
  }),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  useRouter: () => ({ refresh: jest.fn() }),
  Link: ({
    href,
    children,
    ...props
  }: {
    href: { pathname: string; params: { slug: string } };
    children: React.ReactNode;
  }) => (
    <a href={href.pathname.replace("[slug]", href.params.slug)} {...props}>
      {children}
    </a>
  ),
}));

const ready = { state: "READY" as const, generatedAt: new Date("2026-12-01T15:00:00Z"), publishedAt: null };

describe("ReportPanel", () => {
  it("does not offer publishing while a remark is unanswered, and says why and where to answer", async () => {
    const { container } = renderWithIntl(
      <ReportPanel consultationId="c1" slug="regulamin" report={ready} unanswered={1} />,
    );
    const button = screen.getByRole("button", { name: "Opublikuj sprawozdanie" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(
      "1 uwaga nie ma jeszcze stanowiska. Sprawozdanie można opublikować, gdy każda uwaga ma stanowisko. Odpowiedz na pozostałe uwagi",
    );
    fireEvent.click(button);
    expect(publish).not.toHaveBeenCalled();
    expect(screen.getByRole("link", { name: "Odpowiedz na pozostałe uwagi" })).toHaveAttribute(
      "href",
      "/consultations/regulamin/remarks",
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it("publishes once every remark is answered, after a second, explicit step", () => {
    renderWithIntl(<ReportPanel consultationId="c1" slug="regulamin" report={ready} unanswered={0} />);
    const button = screen.getByRole("button", { name: "Opublikuj sprawozdanie" });
    expect(button).not.toHaveAttribute("aria-disabled");
    fireEvent.click(button);
    expect(publish).not.toHaveBeenCalled();
    const confirm = screen.getByRole("button", { name: "Tak, opublikuj" });
    expect(confirm).toHaveFocus();
    fireEvent.click(confirm);
    expect(publish).toHaveBeenCalledWith({ consultationId: "c1" });
  });
});
