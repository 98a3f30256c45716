"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import type { NewsModeration } from "@/lib/generated/prisma/enums";
import { setNewsModerationAction } from "@/lib/news/actions";

/** The administrators' choice: organisations' news waits for a moderator (pre) or is public at once and reviewed after (post). */
export function NewsModerationSetting({ mode }: { mode: NewsModeration }) {
  const t = useTranslations("newsModeration.setting");
  const [chosen, setChosen] = useState<NewsModeration>(mode);
  const save = useAction(setNewsModerationAction);
  return (
    <form
      className="mt-4 max-w-3xl rounded border-2 border-slate-300 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.execute({ mode: chosen });
      }}
    >
      <FormStatus saved={save.result.data && t("saved")} serverError={save.result.serverError} />
      <fieldset>
        <legend className="text-xl font-bold">{t("legend")}</legend>
        {(["PRE", "POST"] as const).map((value) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={`news-moderation-${value}`}
              type="radio"
              name="mode"
              value={value}
              checked={chosen === value}
              onChange={() => setChosen(value)}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={`news-moderation-${value}`}>{t(value)}</label>
          </div>
        ))}
      </fieldset>
      <Button type="submit" className="mt-3" disabled={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
