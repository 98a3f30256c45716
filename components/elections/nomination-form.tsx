"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import { CandidatePhotoField } from "@/components/elections/candidate-photo-field";
import { OrganisationPicker } from "@/components/forms/organisation-picker";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { nominateAction } from "@/lib/elections/nominations/actions";
import { MAX_STATEMENT, nominationFormSchema } from "@/lib/elections/nominations/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";

const FIELDS = [
  "organisationId",
  "areaId",
  "candidateName",
  "candidateEmail",
  "statement",
  "photoId",
  "recommendingOrganisationIds",
] as const;
const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `nomination-${field}`])) as Record<
  (typeof FIELDS)[number],
  string
>;

/** A representative nominates a candidate for one of their eligible organisations. */
export function NominationForm({
  election,
  organisations,
  areas,
}: {
  election: { id: string; slug: string; recommendationsRequired: number };
  organisations: { id: string; name: string }[];
  areas: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { form, submit, pending, message, refused, status } = useActionForm(nominateAction, nominationFormSchema, {
    defaultValues: {
      electionId: election.id,
      organisationId: organisations[0]?.id ?? "",
      areaId: "",
      candidateName: "",
      candidateEmail: "",
      statement: "",
      photoId: "",
      recommenders: [],
      locale,
    },
    fieldIds,
    toInput: ({ recommenders, ...values }) => ({
      ...values,
      recommendingOrganisationIds: recommenders.map((organisation) => organisation.id),
    }),
    onSuccess: (data) => {
      if (data && "nominated" in data)
        router.push({ pathname: "/elections/[slug]", params: { slug: election.slug }, query: { zgloszono: "1" } });
    },
  });
  const [organisationId, statement] = useWatch({ control: form.control, name: ["organisationId", "statement"] });

  return (
    <form noValidate className="mt-6 max-w-3xl" onSubmit={submit}>
      <FormStatus {...status} refused={refused && t(`nominations.refusals.${refused}`)} />
      <FormField
        id={fieldIds.organisationId}
        name="organisationId"
        label={t("nominations.organisation")}
        error={message("organisationId")}
        required
      >
        {(props) => (
          <select {...props} {...form.register("organisationId")} className={inputClassName}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id} lang="pl">
                {organisation.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {areas.length > 0 && (
        <FormField id={fieldIds.areaId} name="areaId" label={t("nominations.area")} error={message("areaId")} required>
          {(props) => (
            <select {...props} {...form.register("areaId")} className={inputClassName}>
              <option value="">{t("nominations.chooseArea")}</option>
              {areas.map((area) => (
                <option key={area.id} value={area.id} lang="pl">
                  {area.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField
        id={fieldIds.candidateName}
        name="candidateName"
        label={t("nominations.candidateName")}
        error={message("candidateName")}
        required
      >
        {(props) => (
          <input {...props} {...form.register("candidateName")} autoComplete="off" className={inputClassName} />
        )}
      </FormField>
      <FormField
        id={fieldIds.candidateEmail}
        name="candidateEmail"
        label={t("nominations.candidateEmail")}
        hint={t("nominations.hints.candidateEmail")}
        error={message("candidateEmail")}
        required
      >
        {(props) => (
          <input
            {...props}
            {...form.register("candidateEmail")}
            type="email"
            autoComplete="off"
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField
        id={fieldIds.statement}
        name="statement"
        label={t("nominations.statement")}
        hint={t("nominations.hints.statement", { max: MAX_STATEMENT, count: statement?.length ?? 0 })}
        error={message("statement")}
        required
      >
        {(props) => (
          <textarea
            {...props}
            {...form.register("statement")}
            rows={6}
            maxLength={MAX_STATEMENT}
            className={inputClassName}
          />
        )}
      </FormField>
      <CandidatePhotoField
        id={fieldIds.photoId}
        electionId={election.id}
        error={message("photoId")}
        onUploaded={(photoId) => {
          form.setValue("photoId", photoId);
          form.clearErrors("photoId");
        }}
        onFailure={(failure) => form.setError("photoId", { type: "server", message: failure })}
      />
      <Controller
        control={form.control}
        name="recommenders"
        render={({ field }) => (
          <OrganisationPicker
            id={fieldIds.recommendingOrganisationIds}
            label={t("nominations.recommenders")}
            hint={
              election.recommendationsRequired > 0
                ? t("nominations.hints.recommenders", { count: election.recommendationsRequired })
                : t("nominations.hints.recommendersOptional")
            }
            error={message("recommendingOrganisationIds")}
            value={field.value}
            onChange={field.onChange}
            exclude={organisationId ? [organisationId] : []}
          />
        )}
      />
      <Button type="submit" disabled={pending}>
        {t("nominations.submit")}
      </Button>
    </form>
  );
}
