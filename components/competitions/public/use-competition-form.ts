"use client";

// The competitions' small public forms (a question, an answer, a nomination):
// fields checked with the same zod schema as the server, errors named in the
// form's own message namespace (`competitions.<area>.errors`), the server's
// field errors put on the same fields, a rule's refusal and the server's error
// kept for FormStatus. The action pipeline refreshes the page after a write.
import { useState } from "react";
import type { z } from "zod";
import type { FieldError } from "@/components/forms/error-summary";
import type { AppErrorCode } from "@/lib/errors";
import { isRefused } from "@/lib/rule-errors/refusals";

type Result = { data?: unknown; serverError?: AppErrorCode; validationErrors?: unknown } | undefined;
/** What a translator of one area's namespace (`competitions.questions`, `competitions.nominations`) is used for here. */
type AreaTranslator = { (key: string): string; has(key: string): boolean };

/**
 * A field problem's or a refusal's words in the area's catalogue part
 * (`errors.<code>`, `refusals.<code>` under the translator's namespace). Codes
 * come from the server as strings, so the typed keys cannot be checked at
 * compile time: one the catalogue lacks reads as the general "check this
 * field", or a refusal as it came, never as a missing-message error.
 */
export function competitionWords(translator: unknown) {
  const t = translator as AreaTranslator;
  return {
    field: (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.invalid")),
    refusal: (code: string) => (t.has(`refusals.${code}`) ? t(`refusals.${code}`) : code),
  };
}
export type CompetitionWords = ReturnType<typeof competitionWords>;

export function useCompetitionForm<Values extends Record<string, string | boolean>>(
  words: CompetitionWords,
  schema: z.ZodType,
  initial: Values,
  fieldIds: Record<keyof Values & string, string>,
  send: (values: Values) => Promise<Result>,
  /** "keep": a settings form, whose saved values stay in it; otherwise it is emptied for the next entry. */
  afterSave: "clear" | "keep" = "clear",
) {
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Values & string, string>>>({});
  const [refused, setRefused] = useState<string | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  const set = (name: keyof Values & string, value: string | boolean) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    setRefused(null);
    setServerError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const found: Partial<Record<keyof Values & string, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0]) as keyof Values & string;
        found[name] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const response = await send(values);
      if (!response) return;
      const server = response.validationErrors as Record<string, { _errors?: string[] }> | undefined;
      const fromServer = Object.entries(server ?? {}).filter(
        ([name, value]) => name in fieldIds && value?._errors?.[0],
      );
      if (fromServer.length > 0) {
        setErrors(Object.fromEntries(fromServer.map(([name, value]) => [name, value._errors![0]])) as typeof errors);
        return;
      }
      if (response.serverError) return setServerError(response.serverError);
      if (isRefused(response.data)) return setRefused(response.data.refused);
      setSaved(true);
      if (afterSave === "clear") setValues(initial);
    } finally {
      setPending(false);
    }
  }

  const message = (name: keyof Values & string) => (errors[name] ? words.field(errors[name]!) : undefined);
  const summary: FieldError[] = (Object.keys(fieldIds) as (keyof Values & string)[])
    .filter((name) => errors[name])
    .map((name) => ({ fieldId: fieldIds[name], message: message(name)! }));
  return {
    values,
    set,
    submit,
    pending,
    message,
    status: {
      summary,
      saved,
      refused: refused && words.refusal(refused),
      serverError,
    },
  };
}
