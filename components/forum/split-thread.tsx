"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useErrorText } from "@/components/forms/error-text";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { splitThreadAction } from "@/lib/forum/actions";
import { useRouter } from "@/lib/i18n/navigation";

/** A moderator moves this post and the ones after it into a new thread. */
export function SplitThread({ threadId, number }: { threadId: string; number: number }) {
  const t = useTranslations("forum.moderation");
  const tr = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const id = `${useId().replace(/:/g, "")}-title`;
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [reason, setReason] = useState("");
  const split = useAction(splitThreadAction, {
    onSuccess: ({ data }) => data && router.push({ pathname: "/forum/threads/[id]", params: { id: data.threadId } }),
  });
  const problem = (split.result.validationErrors as { title?: { _errors?: string[] } } | undefined)?.title
    ?._errors?.[0];
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("split")}
        <span className="sr-only"> {tr("forum.ofPost", { number })}</span>
      </Button>
    );
  return (
    <form
      noValidate
      aria-label={t("splitLabel", { number })}
      className="w-full"
      onSubmit={(event) => {
        event.preventDefault();
        split.execute({ threadId, fromNumber: number, title, reason });
      }}
    >
      <FormStatus serverError={split.result.serverError} />
      <label htmlFor={id} className="block font-semibold">
        {t("newTitle")}
      </label>
      <FieldHintAndError
        id={id}
        hint={t("splitHint", { number })}
        error={problem ? errorText.field(problem) : undefined}
      />
      <input
        id={id}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={150}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}
        className={`${inputClassName} mt-1`}
      />
      <label htmlFor={`${id}-reason`} className="mt-2 block font-semibold">
        {t("threadReason")}
      </label>
      <input
        id={`${id}-reason`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={500}
        className={`${inputClassName} mt-1`}
      />
      <div className="mt-2 flex flex-wrap gap-3">
        <Button type="submit" disabled={split.isPending}>
          {t("splitSubmit")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {tr("forum.cancel")}
        </Button>
      </div>
    </form>
  );
}
