/** @jest-environment jsdom */
// React Aria adds its pressable style to the head when its first pressable control mounts, unless one with its id is
// there (components/layout/pressable-style.tsx says why the page sends it instead). React Aria skips this under
// NODE_ENV "test", so each case renders as in production.
import { render } from "@testing-library/react";
import { Button } from "react-aria-components";
import { PRESSABLE_STYLE_ID, PressableStyle } from "@/components/layout/pressable-style";

// React Aria's own switch, not the app's configuration (which lib/env.ts reads).
// eslint-disable-next-line no-restricted-syntax
const env = process.env as { NODE_ENV?: string };
let nodeEnv: string | undefined;

beforeEach(() => {
  nodeEnv = env.NODE_ENV;
  env.NODE_ENV = "production";
  document.head.innerHTML = "";
});

afterEach(() => {
  env.NODE_ENV = nodeEnv;
});

describe("the pressable style sent with the page", () => {
  it("is needed: without it, React Aria's first pressable control puts a style first in the head", () => {
    render(<Button>Menu</Button>);
    expect(document.head.firstElementChild?.id).toBe(PRESSABLE_STYLE_ID);
  });

  it("has React Aria's id, so its controls add nothing to the head, and its rule", () => {
    const { container } = render(
      <>
        <PressableStyle />
        <Button>Menu</Button>
      </>,
    );
    expect(document.head.children).toHaveLength(0);
    expect(document.querySelectorAll(`#${PRESSABLE_STYLE_ID}`)).toHaveLength(1);
    expect(container.querySelector("style")?.textContent).toContain("[data-react-aria-pressable]");
  });
});
