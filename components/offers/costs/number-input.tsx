"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/** Why a typed text is not a number, as a key of offerCosts.inputErrors. */
export type InputErrorKey =
  | "money.FORMAT"
  | "money.PRECISION"
  | "money.NEGATIVE"
  | "money.TOO_LARGE"
  | "quantity.FORMAT"
  | "quantity.PRECISION"
  | "quantity.TOO_LARGE";

export type ParseResult = { ok: true; value: number | null } | { ok: false; error: InputErrorKey };

/**
 * A field for an amount or a quantity typed as people write it ("1 234,56"):
 * the text stays as typed while the value it spells goes up at once (so the
 * sums follow each keystroke), and on leaving the field it is written back in
 * the locale's form. A text that spells no number says why under the field,
 * and the value counts as empty meanwhile, so no total shows a number the
 * field does not.
 */
export function NumberInput({
  id,
  value,
  onValue,
  parse,
  format,
  labelledBy,
  describedBy,
  invalid = false,
  className = "",
}: {
  id: string;
  value: number | undefined;
  onValue: (value: number | undefined) => void;
  parse: (text: string) => ParseResult;
  format: (value: number) => string;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  className?: string;
}) {
  const t = useTranslations("offerCosts.inputErrors");
  const [text, setText] = useState(() => (value === undefined ? "" : format(value)));
  const [error, setError] = useState<InputErrorKey | null>(null);
  // The value this field last sent up; a different one coming down (another
  // tab's version taken after a conflict) replaces the text.
  const sent = useRef(value);
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value === undefined ? "" : format(value));
    setError(null);
  }, [value, format]);

  const errorId = `${id}-format`;
  const described = [error ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-labelledby={labelledBy}
        aria-describedby={described}
        aria-invalid={error !== null || invalid || undefined}
        className={`block w-full rounded border-2 border-slate-700 bg-white px-2 py-1 text-right text-base aria-[invalid=true]:border-red-800 ${className}`}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const parsed = parse(typed);
          const next = parsed.ok ? (parsed.value ?? undefined) : undefined;
          setError(parsed.ok ? null : parsed.error);
          sent.current = next;
          if (next !== value) onValue(next);
        }}
        onBlur={() => {
          const parsed = parse(text);
          if (parsed.ok && parsed.value !== null) setText(format(parsed.value));
        }}
      />
      {error && (
        <span id={errorId} className="mt-1 block text-sm font-semibold text-red-800">
          {t(error)}
        </span>
      )}
    </>
  );
}
