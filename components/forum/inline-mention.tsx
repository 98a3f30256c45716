"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent, type RefObject } from "react";
import { useTypeahead } from "@/components/forms/use-typeahead";
import type { Mentionable } from "@/lib/forum/mentionables";
import { replaceTypedMention, typedMentionAt } from "@/lib/forum/mentions";

/** The forum's look-up of whom a writer may mention in a category. */
export const forumMentionables = (categoryId: string) => (text: string) =>
  `/api/forum/mentionables?${new URLSearchParams({ q: text, category: categoryId })}`;

/**
 * Mentions typed straight into the post, as on Discourse: "@" and a name's
 * first letters offer the people and organisations who can read the
 * category in a list under the text. The text field keeps focus and points
 * at the highlighted suggestion (aria-activedescendant); arrows move, Enter
 * or Tab chooses, Escape dismisses. Choosing writes the same token as the
 * mention picker, so the post notifies whom it names.
 */
export function useInlineMention({
  id,
  mentionables,
  field,
  onReplace,
}: {
  id: string;
  /** Where people and organisations one may mention here are looked up (forumMentionables, or another discussion's). */
  mentionables: (text: string) => string;
  field: RefObject<HTMLTextAreaElement | null>;
  onReplace: (text: string, caret: number) => void;
}) {
  const t = useTranslations("forum.mention");
  const [typed, setTyped] = useState<{ start: number; caret: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const { found } = useTypeahead<Mentionable>(typed?.query ?? "", mentionables);
  const open = typed !== null && dismissed !== typed.start && found.length > 0;
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${listId}-${index}`;
  const current = Math.min(active, Math.max(found.length - 1, 0));

  /** Reads what is typed before the cursor; called after every change and cursor move. */
  function follow() {
    const element = field.current;
    if (!element) return;
    const next = typedMentionAt(element.value, element.selectionStart);
    setTyped(next && { ...next, caret: element.selectionStart });
    if (next?.query !== typed?.query) setActive(0);
    if (next?.start !== dismissed) setDismissed(null);
  }

  function choose(mention: Mentionable) {
    const element = field.current;
    if (!element || !typed) return;
    const { text, caret } = replaceTypedMention(element.value, typed.start, typed.caret, mention);
    setTyped(null);
    onReplace(text, caret);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current + (event.key === "ArrowDown" ? 1 : found.length - 1)) % found.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(found[current]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setDismissed(typed.start);
    }
  }

  const fieldProps = {
    onKeyDown,
    onKeyUp: (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (!["ArrowDown", "ArrowUp", "Enter", "Tab", "Escape"].includes(event.key) || !open) follow();
    },
    onClick: follow,
    onInput: follow,
    "aria-autocomplete": "list" as const,
    "aria-controls": open ? listId : undefined,
    "aria-activedescendant": open ? optionId(current) : undefined,
  };

  const suggestions = (
    <>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          className="mt-1 max-w-xl rounded border-2 border-slate-700 bg-white shadow-lg"
        >
          {found.map((mention, index) => (
            <li
              key={`${mention.kind}:${mention.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              // The text field keeps focus (and the cursor) while a suggestion is clicked.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(mention)}
              className={`cursor-pointer p-2 ${index === current ? "bg-blue-100 underline" : ""}`}
            >
              <span className="font-semibold" lang="pl">
                {mention.name}
              </span>{" "}
              <span className="text-sm text-slate-700">
                ({mention.kind === "user" ? t("person") : t("organisation")})
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="sr-only">
        {open ? t("suggestionsCount", { count: found.length }) : ""}
      </p>
    </>
  );
  return { fieldProps, suggestions };
}
