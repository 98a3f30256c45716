"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { findCoApplicantsAction } from "@/lib/offers/drafts/actions";

export type FoundOrganisation = { id: string; name: string; seatName: string; krs: string | null };

/**
 * Finding a co-applicant in the directory: verified organisations only (an
 * unverified one cannot be a co-applicant), by name, KRS or place; each found
 * one has a button to choose it.
 */
export function CoApplicantSearch({
  organisationId,
  exclude,
  onChoose,
}: {
  /** The organisation drafting (the lead): the search is done in its name. */
  organisationId: string;
  exclude: string[];
  /**
   * Resolves true when the choice was saved and the search should start afresh (the offer's panel); a
   * form that only collects choices (a new offer) keeps the results to choose more.
   */
  onChoose: (organisation: FoundOrganisation) => Promise<boolean> | void;
}) {
  const t = useTranslations("offerEditor.coApplicants");
  const id = useId();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<FoundOrganisation[] | null>(null);
  const [busy, setBusy] = useState(false);
  // While a choice is saved the page is rendered again without the chosen one: no count meanwhile.
  const [choosing, setChoosing] = useState(false);
  const search = async () => {
    if (q.trim().length < 2) return;
    setBusy(true);
    const result = await findCoApplicantsAction({ organisationId, q });
    setBusy(false);
    setFound(Array.isArray(result?.data) ? result.data : []);
  };
  const shown = (found ?? []).filter((item) => !exclude.includes(item.id));
  return (
    <div className="mt-3">
      <label htmlFor={`${id}-q`} className="block font-semibold">
        {t("searchLabel")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("searchHint")}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={`${id}-q`}
          type="search"
          className={inputClassName}
          value={q}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              void search();
            }
          }}
        />
        <Button variant="secondary" busy={busy} onClick={() => void search()}>
          {t("search")}
        </Button>
      </div>
      <div aria-live="polite">
        {found !== null && !choosing && (
          <p className="mt-2">{shown.length === 0 ? t("noneFound") : t("found", { count: shown.length })}</p>
        )}
        {shown.length > 0 && (
          <ul className="mt-2 space-y-2">
            {shown.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-3">
                <span lang="pl">
                  {item.name} ({item.seatName}
                  {item.krs ? `, KRS ${item.krs}` : ""})
                </span>
                <Button
                  variant="secondary"
                  onClick={async () => {
                    setChoosing(true);
                    const saved = await onChoose(item);
                    setChoosing(false);
                    if (saved !== true) return;
                    setQ("");
                    setFound(null);
                  }}
                >
                  {t("choose", { name: item.name })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
