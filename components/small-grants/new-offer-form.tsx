"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { createSmallGrantDraftAction } from "@/lib/small-grants/actions";
import { createDraftSchema, type CreateDraftInput } from "@/lib/small-grants/schemas";

/** Chooses the applicant and the office, creates the draft and opens it in the offer editor. */
export function NewOfferForm({
  organisations,
  offices,
}: {
  organisations: { id: string; name: string }[];
  offices: { id: string; name: string }[];
}) {
  const t = useTranslations("smallGrants.newOffer");
  const router = useRouter();
  const fieldIds = { organisationId: "sg-new-organisation", institutionId: "sg-new-office" };
  const { form, submit, pending, message, refused, status } = useActionForm(
    (input: CreateDraftInput) => createSmallGrantDraftAction(input),
    createDraftSchema,
    {
      defaultValues: { organisationId: organisations.length === 1 ? organisations[0]!.id : "", institutionId: "" },
      fieldIds,
      onSuccess: ({ offerId }) => router.push({ pathname: "/offers/[id]", params: { id: offerId } }),
    },
  );
  return (
    <form noValidate onSubmit={submit} className="mt-6 max-w-2xl">
      <FormStatus {...status} refused={refused && t(`refusals.${refused}`)} />
      <FormField
        id={fieldIds.organisationId}
        name="organisationId"
        label={t("organisationLabel")}
        error={message("organisationId")}
        required
      >
        {(props) => (
          <select {...props} {...form.register("organisationId")} className={inputClassName}>
            <option value="">{t("choose")}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={fieldIds.institutionId}
        name="institutionId"
        label={t("officeLabel")}
        hint={t("officeHint")}
        error={message("institutionId")}
        required
      >
        {(props) => (
          <select {...props} {...form.register("institutionId")} className={inputClassName}>
            <option value="">{t("choose")}</option>
            {offices.map((office) => (
              <option key={office.id} value={office.id}>
                {office.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit" busy={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
