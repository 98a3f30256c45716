"use client";

import { useEffect, useRef } from "react";

const POST_HASH = /^#wpis-\d{1,7}$/;
// Input that moves the page: once the reader has moved it themselves, the page leaves it where they put it.
const READER_MOVES = ["wheel", "touchmove", "keydown", "pointerdown"] as const;

/**
 * A link to a post (…?strona=2#wpis-31, from a notification) lands on the
 * post, but the reader's parts that arrive later (the watch button, the
 * action rows) may still push it down. Once they have arrived (`arrived`),
 * if the reader has not moved the page since it loaded, the post is brought
 * back into view and given focus, so a keyboard or screen reader user starts
 * there too.
 */
export function usePostAnchor(arrived: boolean) {
  const moved = useRef(false);
  const done = useRef(false);

  useEffect(() => {
    const mark = () => {
      moved.current = true;
    };
    for (const type of READER_MOVES) window.addEventListener(type, mark, { passive: true, once: true });
    return () => {
      for (const type of READER_MOVES) window.removeEventListener(type, mark);
    };
  }, []);

  useEffect(() => {
    if (!arrived || done.current) return;
    done.current = true;
    if (moved.current || !POST_HASH.test(window.location.hash)) return;
    const post = document.getElementById(window.location.hash.slice(1));
    if (!post) return;
    if (!post.hasAttribute("tabindex")) post.tabIndex = -1;
    post.scrollIntoView({ block: "start" });
    post.focus({ preventScroll: true });
  }, [arrived]);
}
