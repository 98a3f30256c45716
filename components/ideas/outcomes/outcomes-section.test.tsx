/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { IdeaOrigins } from "@/components/ideas/outcomes/idea-origins";
import { OutcomesSection } from "@/components/ideas/outcomes/outcomes-section";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/ideas/outcomes/actions", () => ({
  linkOutcomeAction: jest.fn(),
  linkPlatformOutcomeAction: jest.fn(),
  unlinkOutcomeAction: jest.fn(),
  unlinkPlatformOutcomeAction: jest.fn(),
}));

const ideaId = "c".repeat(25);
const item = {
  id: "o".repeat(25),
  kind: "CONSULTATION" as const,
  title: "Program współpracy 2027",
  href: { pathname: "/consultations/[slug]" as const, params: { slug: "program-2027" } },
};

describe("OutcomesSection", () => {
  it("lists what came of the entry for everyone, and hides itself when there is nothing", () => {
    const { unmount } = renderWithIntl(<OutcomesSection view={{ ideaId, items: [item], manage: null }} />);
    expect(screen.getByRole("heading", { name: "Co z tego wynikło" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Program współpracy 2027" })).toHaveAttribute(
      "href",
      "/konsultacje/program-2027",
    );
    expect(screen.queryByRole("button")).toBeNull();
    unmount();
    const empty = renderWithIntl(<OutcomesSection view={{ ideaId, items: [], manage: null }} />);
    expect(empty.container).toBeEmptyDOMElement();
  });

  it("gives the addressee a picker grouped by kind and a button to remove each link", async () => {
    const { container } = renderWithIntl(
      <OutcomesSection
        view={{
          ideaId,
          items: [item],
          manage: {
            channel: "institution",
            choices: [
              { kind: "NEWS", id: "n".repeat(25), title: "Kalendarz ruszył" },
              { kind: "LIBRARY", id: "d".repeat(25), title: "Zasady kalendarza" },
            ],
          },
        }}
      />,
    );
    expect(screen.getByRole("button", { name: "Usuń powiązanie: Program współpracy 2027" })).toBeInTheDocument();
    const picker = screen.getByRole("combobox", { name: /Konsultacje, aktualność lub dokument/ });
    expect(picker.querySelectorAll("optgroup")).toHaveLength(2);
    expect(screen.getByRole("option", { name: "Kalendarz ruszył" })).toHaveValue(`NEWS:${"n".repeat(25)}`);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("IdeaOrigins", () => {
  it("links back to the entries a consultation came from", () => {
    renderWithIntl(<IdeaOrigins ideas={[{ slug: "kalendarz", title: "Wspólny kalendarz" }]} />, "en");
    expect(screen.getByRole("heading", { name: "This came from an idea on the ideas board:" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Wspólny kalendarz" })).toHaveAttribute("href", "/en/ideas/kalendarz");
  });
});
