"use client";

// One task's decision: an amount (or none, with the reason) for each offer the
// formal check admitted, prefilled with the commission's proposal; the pool's
// remainder updates as the official types (announced politely), and the same
// rules as the server's (lib/competitions/decision/rules.ts) name each field's
// problem before anything is sent. Amounts are typed in the reader's locale and
// sent as exact decimals, so the server reads the same grosze.
import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { decideTaskAction } from "@/lib/competitions/decision/actions";
import { decisionProblems, type DecisionProblem } from "@/lib/competitions/decision/rules";
import type { Locale } from "@/lib/i18n/locales";
import { formatPln, parsePln, plnDecimal } from "@/lib/offers/calc/money";
import { isRefused } from "@/lib/rule-errors/refusals";

export type DecideOffer = {
  id: string;
  title: string;
  applicants: string[];
  requested: number;
  proposed: number | null;
  cutReason: string | null;
};

type Row = { offerId: string; amount: string; reason: string };

const typed = (grosze: number | null, locale: Locale) =>
  grosze === null
    ? ""
    : formatPln(grosze, locale)
        .replace(/[^\d.,\s\u00a0\u202f]/g, "")
        .trim();

export function DecideForm({
  competitionId,
  taskId,
  pool,
  offers,
}: {
  competitionId: string;
  taskId: string;
  pool: number;
  offers: DecideOffer[];
}) {
  const t = useTranslations("competitionDecision");
  const locale = useLocale() as Locale;
  const baseId = useId();
  const [rows, setRows] = useState<Row[]>(
    offers.map((offer) => ({
      offerId: offer.id,
      amount: typed(offer.proposed, locale),
      reason: offer.proposed !== null && offer.proposed < offer.requested ? (offer.cutReason ?? "") : "",
    })),
  );
  const [noneReason, setNoneReason] = useState("");
  const [actReference, setActReference] = useState("");
  const [problems, setProblems] = useState<DecisionProblem[]>([]);
  const [formatErrors, setFormatErrors] = useState<string[]>([]);
  const action = useAction(decideTaskAction);

  const parsed = rows.map((row) => {
    if (row.amount.trim() === "") return { ok: true as const, value: null };
    const result = parsePln(row.amount, locale);
    return result.ok ? { ok: true as const, value: result.value } : { ok: false as const, value: null };
  });
  const allocated = parsed.reduce((sum, p) => sum + (p.value ?? 0), 0);
  const remaining = pool - allocated;
  const update = (index: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const amountId = (index: number) => `${baseId}-amount-${index}`;
  const reasonId = (index: number) => `${baseId}-reason-${index}`;
  const noneId = `${baseId}-none`;
  const fieldProblem = (index: number, field: "amount" | "reason") => {
    if (field === "amount" && formatErrors.includes(rows[index]!.offerId)) return t("errors.amountFormat");
    const found = problems.find(
      (p) =>
        "offerId" in p &&
        p.offerId === rows[index]!.offerId &&
        (field === "amount"
          ? p.code === "AMOUNT_NOT_POSITIVE" || p.code === "AMOUNT_ABOVE_REQUESTED"
          : p.code === "CUT_REASON_REQUIRED" || p.code === "REASON_REQUIRED"),
    );
    return found ? t(`refusals.${found.code}`) : undefined;
  };
  const noneProblem = problems.some((p) => p.code === "NONE_FUNDED_REASON_REQUIRED")
    ? t("refusals.NONE_FUNDED_REASON_REQUIRED")
    : undefined;
  const summary = [
    ...rows.flatMap((_, index) =>
      (["amount", "reason"] as const).flatMap((field) => {
        const message = fieldProblem(index, field);
        return message ? [{ fieldId: field === "amount" ? amountId(index) : reasonId(index), message }] : [];
      }),
    ),
    ...(noneProblem ? [{ fieldId: noneId, message: noneProblem }] : []),
  ];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const badFormat = rows.filter((_, i) => !parsed[i]!.ok).map((row) => row.offerId);
    setFormatErrors(badFormat);
    const choices = rows.map((row, i) => ({ offerId: row.offerId, amount: parsed[i]!.value, reason: row.reason }));
    const found = decisionProblems(
      offers.map((offer) => ({ offerId: offer.id, requested: offer.requested, formal: "COMPLETE" as const })),
      choices,
      pool,
      noneReason,
    ).filter((p) => p.code !== "POOL_EXCEEDED");
    setProblems(found);
    if (badFormat.length > 0 || found.length > 0) return;
    await action.executeAsync({
      competitionId,
      taskId,
      reason: noneReason,
      actReference,
      choices: choices.map((c) => ({
        offerId: c.offerId,
        amount: c.amount === null ? "" : plnDecimal(c.amount),
        reason: c.reason,
      })),
    });
  }

  const data = action.result.data;
  const refused = isRefused(data) ? data.refused : null;
  return (
    <form noValidate onSubmit={submit} className="mt-4">
      <ErrorSummary errors={summary} />
      <FormStatus
        saved={data && !refused ? t("decide.saved") : null}
        refused={refused && t(`refusals.${refused}`)}
        serverError={action.result.serverError ?? null}
      />
      <p aria-live="polite" className={`mt-2 font-semibold ${remaining < 0 ? "text-red-800" : ""}`}>
        {remaining < 0
          ? t("decide.poolOver", { over: formatPln(-remaining, locale), pool: formatPln(pool, locale) })
          : t("decide.poolRemaining", { remaining: formatPln(remaining, locale), pool: formatPln(pool, locale) })}
      </p>
      {offers.map((offer, index) => (
        <fieldset key={offer.id} className="mt-4 rounded border border-slate-400 p-3">
          <legend className="px-1 font-semibold">
            <span lang="pl">{offer.title}</span> · <span lang="pl">{offer.applicants.join(", ")}</span>
          </legend>
          <p className="text-sm">
            {t("decide.requested", { amount: formatPln(offer.requested, locale) })}
            {offer.proposed !== null && ` · ${t("decide.proposed", { amount: formatPln(offer.proposed, locale) })}`}
          </p>
          <FormField
            id={amountId(index)}
            name={`amount-${index}`}
            label={t("decide.amount")}
            hint={t("decide.amountHint")}
            error={fieldProblem(index, "amount")}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={rows[index]!.amount}
                onChange={(e) => update(index, { amount: e.target.value })}
                className={`${inputClassName} max-w-64`}
              />
            )}
          </FormField>
          <FormField
            id={reasonId(index)}
            name={`reason-${index}`}
            label={t("decide.reason")}
            hint={t("decide.reasonHint")}
            error={fieldProblem(index, "reason")}
          >
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={rows[index]!.reason}
                onChange={(e) => update(index, { reason: e.target.value })}
                className={inputClassName}
              />
            )}
          </FormField>
        </fieldset>
      ))}
      <FormField
        id={noneId}
        name="noneReason"
        label={t("decide.noneReason")}
        hint={t("decide.noneReasonHint")}
        error={noneProblem}
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={noneReason}
            onChange={(e) => setNoneReason(e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField id={`${baseId}-act`} name="actReference" label={t("decide.actReference")}>
        {(props) => (
          <input
            {...props}
            value={actReference}
            onChange={(e) => setActReference(e.target.value)}
            className={`${inputClassName} max-w-96`}
          />
        )}
      </FormField>
      <Button type="submit" busy={action.isPending}>
        {t("decide.submit")}
      </Button>
    </form>
  );
}
