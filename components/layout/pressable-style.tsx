/** The id and rule of the style React Aria's press handling adds (react-aria, dist/private/interactions/usePress). */
export const PRESSABLE_STYLE_ID = "react-aria-pressable-style";
const PRESSABLE_RULE = "@layer{[data-react-aria-pressable]{touch-action:pan-x pan-y pinch-zoom}}";

/**
 * React Aria's pressable controls (the forum's post menu, the mention and
 * organisation pickers) put this style first in the page's head when the
 * first of them mounts, unless an element with its id is already there. A
 * sheet with a cascade layer inserted before the others makes Chrome rebuild
 * the page's web fonts: when Inter had missed the first paint (font-display
 * "optional", app/[locale]/layout.tsx), the rebuilt faces find it cached and
 * the whole page is laid out again in it (the title's lines re-wrap, the page
 * moves up 24 px: CLS 0.146 on a signed-in forum thread at 390 px, when the
 * reader's controls come; a plain rule inserted there moved nothing). Sent
 * with every page, it is there before any of them, so nothing is inserted.
 */
export function PressableStyle() {
  return <style id={PRESSABLE_STYLE_ID}>{PRESSABLE_RULE}</style>;
}
