"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { saveBlockedWordsAction } from "@/lib/forum/actions";
import { blockedWordsSchema } from "@/lib/forum/schemas";

const fieldIds = { patterns: "blocked-words" };

/** The words that hold a post for review, one pattern per line (lib/forum/blocked-words.ts). */
export function BlockedWordsForm({ patterns }: { patterns: string[] }) {
  const t = useTranslations("forumAdmin.blockedWords");
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const { form, submit, pending, message, saved, status } = useActionForm(saveBlockedWordsAction, blockedWordsSchema, {
    defaultValues: { patterns: patterns.join("\n") },
    fieldIds,
    onSuccess: (data) => setSavedCount(data?.saved ?? 0),
  });
  return (
    <form noValidate aria-labelledby="blocked-words-heading" className="mt-4 max-w-3xl" onSubmit={submit}>
      <h2 id="blocked-words-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      <FormStatus {...status} saved={saved && savedCount !== null && t("saved", { count: savedCount })} />
      <FormField id={fieldIds.patterns} name="patterns" label={t("label")} hint={t("hint")} error={message("patterns")}>
        {(props) => (
          <textarea {...props} {...form.register("patterns")} rows={10} className={`${inputClassName} font-mono`} />
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
