"use client";

import { useTranslations } from "next-intl";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { submitSmallGrantRemarkAction } from "@/lib/small-grants/actions";
import { REMARK_MAX, remarkSchema, type RemarkInput } from "@/lib/small-grants/schemas";

/**
 * A remark on the published offer, as oneself or for a verified organisation
 * one acts for. The server takes it only while the window is open by its own
 * clock; a remark sent a second late is refused in words, and the text stays.
 * Right before the button it says whose name the remark will be published
 * under (the person's, or only the chosen organisation's: lib/small-grants/remarks.ts),
 * as the information duty asks before personal data is made public (security review L8).
 */
export function RemarkForm({
  caseId,
  personName,
  organisations,
}: {
  caseId: string;
  personName: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("smallGrants.page");
  const fieldIds = { body: "sg-remark-body", actingFor: "sg-remark-acting-for" };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    (input: RemarkInput) => submitSmallGrantRemarkAction(input),
    remarkSchema,
    {
      defaultValues: { caseId, body: "", actingFor: "" },
      fieldIds,
      onSuccess: (_data, { form: written }) => written.reset({ caseId, body: "", actingFor: "" }),
    },
  );
  const actingFor = form.watch("actingFor");
  const author = organisations.find((o) => o.id === actingFor)?.name ?? personName;
  const noticeId = "sg-remark-public";
  return (
    <form noValidate onSubmit={submit} className="mt-4 max-w-2xl">
      <FormStatus {...status} saved={saved && t("remarkSent")} refused={refused && t(`refusals.${refused}`)} />
      <ActingAsFieldset
        id={fieldIds.actingFor}
        personName={personName}
        organisations={organisations}
        register={form.register("actingFor")}
        hint={t("remarkActingHint")}
      />
      <FormField
        id={fieldIds.body}
        name="body"
        label={t("remarkLabel")}
        hint={t("remarkHint", { max: REMARK_MAX })}
        error={message("body")}
        required
      >
        {(props) => <textarea {...props} {...form.register("body")} rows={6} className={inputClassName} />}
      </FormField>
      <p id={noticeId} className="mb-4 rounded border-l-4 border-blue-800 bg-blue-50 p-3">
        {t("remarkPublicNotice", { author })}
      </p>
      <Button type="submit" busy={pending} aria-describedby={noticeId}>
        {t("remarkSend")}
      </Button>
    </form>
  );
}
