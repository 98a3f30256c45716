"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { publishSmallGrantAction } from "@/lib/small-grants/actions";
import { caseIdSchema } from "@/lib/small-grants/schemas";

/** Publishes a received offer for remarks (personal data removed); the 7 days start today. */
export function PublishForm({ caseId, title }: { caseId: string; title: string }) {
  const t = useTranslations("smallGrants.office");
  const { submit, pending, saved, refused, status } = useActionForm(
    (input: { caseId: string }) => publishSmallGrantAction(input),
    caseIdSchema,
    { defaultValues: { caseId }, fieldIds: {} },
  );
  return (
    <form noValidate onSubmit={submit} className="mt-3">
      <FormStatus {...status} saved={saved && t("published")} refused={refused && t(`refusals.${refused}`)} />
      <Button type="submit" busy={pending} aria-describedby={`sg-publish-hint-${caseId}`}>
        {t("publish", { title })}
      </Button>
      <p id={`sg-publish-hint-${caseId}`} className="mt-1 text-sm">
        {t("publishHint")}
      </p>
    </form>
  );
}
