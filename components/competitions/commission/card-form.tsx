"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCommissionAction } from "@/components/competitions/commission/use-commission-action";
import { saveCardAction, submitCardAction } from "@/lib/competitions/commission/actions";
import {
  cardTotal,
  formatTenths,
  maxTotalTenths,
  parsePoints,
  validateCard,
  type CardProblem,
  type CriterionSnapshot,
  type ScoreEntry,
} from "@/lib/competitions/evaluation/calc/cards";

interface Row {
  points: string;
  justification: string;
}

export interface CardInitial {
  revision: number;
  comment: string;
  scores: { criterionIndex: number; scoreTenths: number | null; justification: string }[];
}

const SAVE_DELAY_MS = 1200;

/** The browser's copy of what was typed and not yet saved (a closed tab, a lost connection): kept until the server has it. */
const backupKey = (offerId: string, memberId: string) => `commission-card:${offerId}:${memberId}`;
interface Backup {
  rows: Record<number, Row>;
  comment: string;
  baseRevision: number;
}
function readBackup(key: string): Backup | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}
function writeBackup(key: string, value: Backup | null) {
  try {
    if (value) window.localStorage.setItem(key, JSON.stringify(value));
    else window.localStorage.removeItem(key);
  } catch {
    // Full or unavailable storage: the server copy is all there is.
  }
}

/**
 * A member's card: per applicable criterion the points (halves allowed) and
 * the justification in words, the total as it is typed, saved as typed (the
 * same checks as the server, lib/competitions/evaluation/calc/cards.ts), and
 * submitted once complete.
 */
export function CardForm({
  competitionId,
  offerId,
  memberId,
  criteria,
  initial,
}: {
  competitionId: string;
  offerId: string;
  memberId: string;
  criteria: CriterionSnapshot[];
  initial: CardInitial;
}) {
  const t = useTranslations("evaluation.card");
  const locale = useLocale();
  const id = useId();
  const key = backupKey(offerId, memberId);
  const [rows, setRows] = useState<Record<number, Row>>(() =>
    Object.fromEntries(
      criteria.map((c) => {
        const score = initial.scores.find((s) => s.criterionIndex === c.index);
        return [
          c.index,
          {
            points: score?.scoreTenths == null ? "" : formatTenths(score.scoreTenths, locale),
            justification: score?.justification ?? "",
          },
        ];
      }),
    ),
  );
  const [comment, setComment] = useState(initial.comment);
  const [revision, setRevision] = useState(initial.revision);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problems, setProblems] = useState<CardProblem[]>([]);
  const [restored, setRestored] = useState(false);
  const saver = useCommissionAction();
  const submitter = useCommissionAction();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const restore = useCallback((copy: Backup) => {
    setRows((current) => ({ ...current, ...copy.rows }));
    setComment(copy.comment);
    setDirty(true);
    setRestored(true);
  }, []);

  // A copy left by an earlier visit that never reached the server comes back first, when it was
  // typed on the card as it still is (a newer save elsewhere wins; the copy is dropped).
  useEffect(() => {
    const copy = readBackup(key);
    // After this render (the server rendered the card as stored; the copy exists only here).
    if (copy && copy.baseRevision === initial.revision) queueMicrotask(() => restore(copy));
    else if (copy) writeBackup(key, null);
    // Only on arrival: later changes are this form's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const entries: ScoreEntry[] = criteria.map((c) => {
    const parsed = parsePoints(rows[c.index]?.points ?? "");
    return {
      criterionIndex: c.index,
      scoreTenths: parsed === null || Number.isNaN(parsed) ? null : parsed,
      justification: rows[c.index]?.justification ?? "",
    };
  });
  const unreadable = criteria.filter((c) => Number.isNaN(parsePoints(rows[c.index]?.points ?? "")));
  const total = cardTotal(entries, criteria);

  async function save(): Promise<boolean> {
    const done = await saver.run(() => saveCardAction({ competitionId, offerId, revision, scores: entries, comment }));
    if (!done) return false;
    setRevision(done.revision);
    setDirty(false);
    setSavedAt(new Date());
    writeBackup(key, null);
    return true;
  }

  useEffect(() => {
    if (!dirty || unreadable.length > 0) return;
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // Saving again after each change settles is the point; `save` reads the latest state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, comment, dirty]);

  function change(index: number, field: keyof Row, value: string) {
    const next = { ...rows, [index]: { ...rows[index]!, [field]: value } };
    setRows(next);
    setDirty(true);
    writeBackup(key, { rows: next, comment, baseRevision: revision });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = [
      ...unreadable.map((c) => ({ criterionIndex: c.index, code: "SCORE_OUT_OF_RANGE" as const })),
      ...validateCard(entries, criteria),
    ];
    setProblems(found);
    if (found.length > 0) {
      document.getElementById(`${id}-points-${found[0]!.criterionIndex}`)?.focus();
      return;
    }
    if (timer.current) clearTimeout(timer.current);
    const done = await submitter.run(() =>
      submitCardAction({ competitionId, offerId, revision, scores: entries, comment }),
    );
    if (done) writeBackup(key, null);
  }

  const problemOf = (index: number) => problems.filter((p) => p.criterionIndex === index);

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-3xl" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      {restored && <Alert tone="info">{t("restored")}</Alert>}
      <FormStatus
        refused={saver.refused ?? submitter.refused}
        serverError={saver.serverError ?? submitter.serverError}
      />
      {problems.length > 0 && (
        <Alert tone="error" live>
          {t("problems", { count: problems.length })}
        </Alert>
      )}
      {criteria.map((criterion) => {
        const own = problemOf(criterion.index);
        const errorId = `${id}-error-${criterion.index}`;
        return (
          <fieldset key={criterion.index} className="mt-6 border-t border-slate-300 pt-4">
            <legend className="text-lg font-semibold">
              {t("criterion", {
                number: criterion.index + 1,
                name: criterion.name,
                max: formatTenths(criterion.maxTenths, locale),
              })}
            </legend>
            {own.length > 0 && (
              <ul id={errorId} className="text-red-800">
                {own.map((p) => (
                  <li key={p.code}>{t(`problem.${p.code}`, { max: formatTenths(criterion.maxTenths, locale) })}</li>
                ))}
              </ul>
            )}
            <label htmlFor={`${id}-points-${criterion.index}`} className="mt-2 block font-semibold">
              {t("points")}
            </label>
            <input
              id={`${id}-points-${criterion.index}`}
              inputMode="decimal"
              autoComplete="off"
              value={rows[criterion.index]?.points ?? ""}
              onChange={(event) => change(criterion.index, "points", event.target.value)}
              aria-invalid={own.some((p) => p.code !== "JUSTIFICATION_REQUIRED") || undefined}
              aria-describedby={own.length > 0 ? errorId : undefined}
              className={`${inputClassName} max-w-32`}
            />
            <label htmlFor={`${id}-why-${criterion.index}`} className="mt-2 block font-semibold">
              {t("justification")}
            </label>
            <textarea
              id={`${id}-why-${criterion.index}`}
              rows={3}
              value={rows[criterion.index]?.justification ?? ""}
              onChange={(event) => change(criterion.index, "justification", event.target.value)}
              aria-invalid={own.some((p) => p.code === "JUSTIFICATION_REQUIRED") || undefined}
              aria-describedby={own.length > 0 ? errorId : undefined}
              className={inputClassName}
            />
          </fieldset>
        );
      })}
      <label htmlFor={`${id}-comment`} className="mt-6 block font-semibold">
        {t("comment")}
      </label>
      <textarea
        id={`${id}-comment`}
        rows={3}
        value={comment}
        onChange={(event) => {
          setComment(event.target.value);
          setDirty(true);
          writeBackup(key, { rows, comment: event.target.value, baseRevision: revision });
        }}
        className={inputClassName}
      />
      <p className="mt-4 text-lg font-semibold" aria-live="polite">
        {t("total", { total: formatTenths(total, locale), max: formatTenths(maxTotalTenths(criteria), locale) })}
      </p>
      <p className="text-slate-700" aria-live="polite">
        {saver.pending ? t("saving") : dirty ? t("unsaved") : savedAt ? t("savedAt", { time: savedAt }) : ""}
      </p>
      <Button type="submit" className="mt-4" busy={submitter.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
