"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, useAsyncList } from "react-aria-components";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";

export type PickedOrganisation = { id: string; name: string; seat: string | null };
type Found = { id: string; name: string; krs: string | null; seat: { name: string | null } };

/**
 * Choosing several organisations from the directory by name or KRS number: an
 * accessible combo box (React Aria) searching the public directory API, and
 * the chosen ones as a list with a remove button each.
 */
export function OrganisationPicker({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  exclude = [],
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: PickedOrganisation[];
  onChange: (value: PickedOrganisation[]) => void;
  exclude?: string[];
}) {
  const t = useTranslations("organisationPicker");
  const [announcement, setAnnouncement] = useState("");
  const list = useAsyncList<Found>({
    async load({ signal, filterText }) {
      const query = (filterText ?? "").trim();
      if (query.length < 2) return { items: [] };
      const response = await fetch(`/api/v1/organisations?${new URLSearchParams({ q: query, limit: "8" })}`, { signal });
      if (!response.ok) return { items: [] };
      return { items: ((await response.json()) as { data: Found[] }).data };
    },
  });
  const taken = new Set([...value.map((organisation) => organisation.id), ...exclude]);
  const items = list.items.filter((item) => !taken.has(item.id));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-800 pl-3" : ""}`}>
      <ComboBox
        items={items}
        inputValue={list.filterText}
        onInputChange={list.setFilterText}
        allowsEmptyCollection
        menuTrigger="input"
        aria-describedby={describedBy}
        onSelectionChange={(key) => {
          const found = list.items.find((item) => item.id === key);
          if (!found) return;
          onChange([...value, { id: found.id, name: found.name, seat: found.seat.name }]);
          setAnnouncement(t("added", { name: found.name }));
          list.setFilterText("");
        }}
      >
        <Label className="block font-semibold">{label}</Label>
        <FieldHintAndError id={id} hint={hint} error={error} />
        <Input id={id} className={`${inputClassName} mt-1`} aria-invalid={error ? true : undefined} />
        <Text slot="description" className="sr-only">
          {t("howTo")}
        </Text>
        <Popover className="w-[var(--trigger-width)] rounded border-2 border-slate-700 bg-white shadow-lg">
          <ListBox className="max-h-72 overflow-y-auto" renderEmptyState={() => <p className="p-2">{list.filterText.trim().length < 2 ? t("typeMore") : list.isLoading ? t("searching") : t("nothingFound")}</p>}>
            {(item: Found) => (
              <ListBoxItem id={item.id} textValue={item.name} className="cursor-pointer p-2 outline-none data-[focused]:bg-blue-100 data-[focused]:underline">
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
