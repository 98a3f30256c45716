"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { useTypeahead } from "@/components/forms/use-typeahead";
import { Button } from "@/components/ui/button";

export type PickedOrganisation = { id: string; name: string; seat: string | null };
type Found = { id: string; name: string; krs: string | null; seat: { name: string | null } };

/**
 * Choosing several organisations from the directory by name or KRS number: an
 * accessible combo box (React Aria) searching the public directory API, and
 * the chosen ones as a list with a remove button each. The typed text is
 * this component's state (not an async list's), so a late answer to an
 * earlier search cannot wipe what the person has typed since.
 */
export function OrganisationPicker({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  exclude = [],
  single = false,
  name,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: PickedOrganisation[];
  onChange: (value: PickedOrganisation[]) => void;
  exclude?: string[];
  /** One organisation at most: a new choice replaces the previous one (a filter). */
  single?: boolean;
  /** Sends the chosen ids with a plain form (GET filters) under this name. */
  name?: string;
}) {
  const t = useTranslations("organisationPicker");
  const [announcement, setAnnouncement] = useState("");
  const [query, setQuery] = useState("");
  const { found, loading, active } = useTypeahead<Found>(
    query,
    (text) => `/api/v1/organisations?${new URLSearchParams({ q: text, limit: "8" })}`,
  );
  const taken = new Set([...value.map((organisation) => organisation.id), ...exclude]);
  // Below two characters nothing is searched, and earlier results are not shown.
  const items = found.filter((item) => !taken.has(item.id));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-800 pl-3" : ""}`}>
      <ComboBox
        items={items}
        inputValue={query}
        onInputChange={setQuery}
        allowsEmptyCollection
        menuTrigger="input"
        aria-describedby={describedBy}
        onSelectionChange={(key) => {
          const chosen = found.find((item) => item.id === key);
          if (!chosen) return;
          const picked = { id: chosen.id, name: chosen.name, seat: chosen.seat.name };
          onChange(single ? [picked] : [...value, picked]);
          setAnnouncement(t("added", { name: chosen.name }));
          setQuery("");
        }}
      >
        <Label className="block font-semibold">{label}</Label>
        <FieldHintAndError id={id} hint={hint} error={error} />
        <Input id={id} className={`${inputClassName} mt-1`} aria-invalid={error ? true : undefined} />
        <Text slot="description" className="sr-only">
          {t("howTo")}
        </Text>
        <Popover className="w-[var(--trigger-width)] rounded border-2 border-slate-700 bg-white shadow-lg">
          <ListBox
            className="max-h-72 overflow-y-auto"
            renderEmptyState={() => (
              <p className="p-2">{!active ? t("typeMore") : loading ? t("searching") : t("nothingFound")}</p>
            )}
          >
            {(item: Found) => (
              <ListBoxItem
                id={item.id}
                textValue={item.name}
                className="cursor-pointer p-2 outline-none data-[focused]:bg-blue-100 data-[focused]:underline"
              >
                <span className="font-semibold" lang="pl">
                  {item.name}
                </span>
                <span className="block text-sm text-slate-700">
                  {[item.krs ? `KRS ${item.krs}` : null, item.seat.name].filter(Boolean).join(" · ")}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {name &&
        value.map((organisation) => <input key={organisation.id} type="hidden" name={name} value={organisation.id} />)}
      {value.length > 0 && (
        <ul className="mt-3 space-y-2" aria-label={t("chosen", { label })}>
          {value.map((organisation) => (
            <li key={organisation.id} className="flex flex-wrap items-center gap-3">
              <span lang="pl">
                {organisation.name}
                {organisation.seat && <span className="text-slate-700"> ({organisation.seat})</span>}
              </span>
              <Button
                variant="secondary"
                onClick={() => {
                  onChange(value.filter((other) => other.id !== organisation.id));
                  setAnnouncement(t("removed", { name: organisation.name }));
                  document.getElementById(id)?.focus();
                }}
              >
                {t("remove")}
                <span className="sr-only"> {organisation.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
