/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { useTranslations } from "next-intl";
import { DiscussionModerationQueue } from "@/components/discussion/moderation-queue";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const hide = jest.fn();
const approve = jest.fn();
const dismiss = jest.fn();
const restore = jest.fn();

const item = {
  id: "c1",
  shown: "0123456789abcdef0123456789abcdef",
  number: 2,
  excerpt: "Kup tanio!",
  wholeText: null,
  createdAt: new Date("2026-12-01T10:00:00Z"),
  hidden: false,
  held: false,
  flags: [],
};

/** An area's wrapper, as the ideas board's (its words, its ids' field), with or without a restore. */
function Queue({ restoring }: { restoring: boolean }) {
  const t = useTranslations("ideaDiscussion.moderation");
  return (
    <DiscussionModerationQueue
      items={[item]}
      empty="Nic nie czeka."
      words={t}
      idsField="commentIds"
      hide={hide}
      approve={approve}
      dismiss={dismiss}
      restore={restoring ? { action: restore, words: t } : undefined}
      label={(queued) => `Komentarz ${queued.number}`}
      byline={() => "Anna"}
      links={() => null}
    />
  );
}

describe("a discussion's moderators' queue", () => {
  beforeEach(() => jest.resetAllMocks());

  it("sends the chosen items under the area's ids' field, and reports a problem with the choice from there", async () => {
    approve.mockResolvedValue({ validationErrors: { commentIds: { _errors: ["forumNothingSelected"] } } });
    renderWithIntl(<Queue restoring={false} />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Komentarz 2" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Przepuść zaznaczone" })));
    expect(approve).toHaveBeenCalledWith({ commentIds: ["c1"], shown: { c1: item.shown } });
    expect(screen.getByRole("alert")).toHaveTextContent("Zaznacz co najmniej jeden wpis.");
  });

  it("offers restoring only where the area gives its restore", () => {
    renderWithIntl(<Queue restoring={false} />);
    expect(screen.queryByRole("button", { name: "Przywróć zaznaczone ukryte" })).toBeNull();
  });
});
