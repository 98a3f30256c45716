"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useErrorText } from "@/components/forms/error-text";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { saveBlockedWordsAction } from "@/lib/forum/actions";

const FIELD_ID = "blocked-words";

/** The words that hold a post for review, one pattern per line (lib/forum/blocked-words.ts). */
export function BlockedWordsForm({ patterns }: { patterns: string[] }) {
  const t = useTranslations("forumAdmin.blockedWords");
  const errorText = useErrorText();
  const [text, setText] = useState(patterns.join("\n"));
  const save = useAction(saveBlockedWordsAction);
  const problem = (save.result.validationErrors as { patterns?: { _errors?: string[] } } | undefined)?.patterns
    ?._errors?.[0];
  const message = problem ? errorText.field(problem) : undefined;
  return (
    <form
      noValidate
      aria-labelledby="blocked-words-heading"
      className="mt-4 max-w-3xl"
      onSubmit={(event) => {
        event.preventDefault();
        save.execute({ patterns: text });
      }}
    >
      <h2 id="blocked-words-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      <FormStatus
        summary={message ? [{ fieldId: FIELD_ID, message }] : []}
        saved={save.result.data && t("saved", { count: save.result.data.saved })}
        serverError={save.result.serverError}
      />
      <FormField id={FIELD_ID} name="patterns" label={t("label")} hint={t("hint")} error={message}>
        {(props) => (
          <textarea
            {...props}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={10}
            className={`${inputClassName} font-mono`}
          />
        )}
      </FormField>
      <Button type="submit" disabled={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
