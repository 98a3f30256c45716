"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRun } from "@/components/competitions/formal/use-run";
import { inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import {
  addChecklistItemAction,
  openFormalCheckAction,
  removeChecklistItemAction,
} from "@/lib/competitions/formal/actions";
import { formalItemKinds, type FormalItemKind } from "@/lib/competitions/formal/checklist";
import { MAX_LABEL } from "@/lib/competitions/formal/schemas";

export type ChecklistPanelItem = { id: string; label: string; kind: FormalItemKind; answered: boolean };

/**
 * The competition's checklist: seeded from the announcement when the check
 * is opened, then the office adds its own items or removes one no offer was
 * checked against yet.
 */
export function ChecklistPanel({ competitionId, items }: { competitionId: string; items: ChecklistPanelItem[] }) {
  const t = useTranslations("competitionFormal.checklist");
  const kinds = useTranslations("competitionFormal.kinds");
  const id = useId();
  const open = useRun();
  const add = useRun();
  const remove = useRun();
  const [label, setLabel] = useState("");
  const [kind, setKind] = useState<FormalItemKind>("OTHER");

  if (items.length === 0) {
    return (
      <div>
        <p>{t("empty")}</p>
        <FormStatus refused={open.refused} serverError={open.serverError} />
        <Button
          className="mt-3"
          busy={open.pending}
          onClick={() => void open.run(() => openFormalCheckAction({ competitionId }))}
        >
          {t("open")}
        </Button>
      </div>
    );
  }

  return (
    <div>
      <FormStatus refused={remove.refused ?? add.refused} serverError={remove.serverError ?? add.serverError} />
      <ol className="list-decimal space-y-2 pl-6">
        {items.map((item) => (
          <li key={item.id}>
            <span>{item.label}</span> <span className="text-slate-700">({kinds(item.kind)})</span>
            {!item.answered && (
              <Button
                variant="secondary"
                className="ml-3"
                busy={remove.pending}
                aria-label={t("removeNamed", { label: item.label })}
                onClick={() => void remove.run(() => removeChecklistItemAction({ itemId: item.id }))}
              >
                {t("remove")}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <form
        className="mt-4 grid gap-2 sm:max-w-xl"
        onSubmit={(event) => {
          event.preventDefault();
          void add
            .run(() => addChecklistItemAction({ competitionId, label, kind }))
            .then((ok) => {
              if (ok) setLabel("");
            });
        }}
      >
        <label htmlFor={`${id}-label`} className="font-semibold">
          {t("newLabel")}
        </label>
        {add.invalid && (
          <p id={`${id}-error`} className="text-red-800">
            {t("labelRequired")}
          </p>
        )}
        <input
          id={`${id}-label`}
          value={label}
          maxLength={MAX_LABEL}
          onChange={(event) => setLabel(event.target.value)}
          aria-invalid={add.invalid || undefined}
          aria-describedby={add.invalid ? `${id}-error` : undefined}
          className={inputClassName}
        />
        <label htmlFor={`${id}-kind`} className="font-semibold">
          {t("newKind")}
        </label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as FormalItemKind)}
          className={inputClassName}
        >
          {formalItemKinds.map((value) => (
            <option key={value} value={value}>
              {kinds(value)}
            </option>
          ))}
        </select>
        <div>
          <Button type="submit" busy={add.pending}>
            {t("add")}
          </Button>
        </div>
      </form>
    </div>
  );
}
