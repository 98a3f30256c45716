"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { inputClassName } from "@/components/forms/form-field";
import { useTypeahead } from "@/components/forms/use-typeahead";
import type { Mentionable } from "@/lib/forum/mentionables";

/**
 * Finding someone to mention: an accessible combo box (React Aria) over the
 * people and organisations who can read the category. Choosing one hands
 * its token to the composer, which puts it at the cursor; the typed text is
 * this component's state, so a late answer cannot wipe newer typing.
 */
export function MentionPicker({
  id,
  mentionables,
  onPick,
}: {
  id: string;
  /** Where people and organisations one may mention here are looked up (forumMentionables, or another discussion's). */
  mentionables: (text: string) => string;
  onPick: (mention: Mentionable) => void;
}) {
  const t = useTranslations("forum.mention");
  const [query, setQuery] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const { found, loading, active } = useTypeahead<Mentionable>(query, mentionables);
  const items = found.map((item) => ({ ...item, key: `${item.kind}:${item.id}` }));

  return (
    <div className="mb-5 max-w-xl">
      <ComboBox
        items={items}
        inputValue={query}
        onInputChange={setQuery}
        allowsEmptyCollection
        menuTrigger="input"
        onSelectionChange={(key) => {
          const chosen = items.find((item) => item.key === key);
          if (!chosen) return;
          onPick(chosen);
          setAnnouncement(t("inserted", { name: chosen.name }));
          setQuery("");
        }}
      >
        <Label className="block font-semibold">{t("label")}</Label>
        <Text slot="description" className="block text-slate-700">
          {t("hint")}
        </Text>
        <Input id={id} className={`${inputClassName} mt-1`} />
        <Popover className="w-[var(--trigger-width)] rounded border-2 border-slate-700 bg-white shadow-lg">
          <ListBox
            className="max-h-72 overflow-y-auto"
            renderEmptyState={() => (
              <p className="p-2">{!active ? t("typeMore") : loading ? t("searching") : t("nothingFound")}</p>
            )}
          >
            {(item: Mentionable & { key: string }) => (
              <ListBoxItem
                id={item.key}
                textValue={item.name}
                className="cursor-pointer p-2 outline-none data-[focused]:bg-blue-100 data-[focused]:underline"
              >
                <span className="font-semibold" lang="pl">
                  {item.name}
                </span>{" "}
                <span className="text-sm text-slate-700">
                  ({item.kind === "user" ? t("person") : t("organisation")})
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
