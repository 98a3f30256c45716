/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { ReadMark } from "@/components/forum/read-mark";

const markRead = jest.fn<Promise<unknown>, [unknown]>(async () => ({ data: { marked: true } }));
jest.mock("@/lib/forum/actions", () => ({ markReadAction: (input: unknown) => markRead(input) }));

describe("ReadMark", () => {
  it("marks the thread read up to the last post shown once it is on screen, and again only for another page", () => {
    const { container, rerender } = render(<ReadMark threadId="t1" upTo={20} />);
    expect(container).toBeEmptyDOMElement();
    expect(markRead).toHaveBeenCalledTimes(1);
    expect(markRead).toHaveBeenCalledWith({ threadId: "t1", upTo: 20 });
    rerender(<ReadMark threadId="t1" upTo={20} />);
    expect(markRead).toHaveBeenCalledTimes(1);
    rerender(<ReadMark threadId="t1" upTo={40} />);
    expect(markRead).toHaveBeenLastCalledWith({ threadId: "t1", upTo: 40 });
  });
});
