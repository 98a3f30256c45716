"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { editOrganisationAction, registerOrganisationAction } from "@/lib/organisations/actions";
import {
  KRS_REGISTERED_FORMS,
  legalForms,
  organisationRecordSchema,
  type OrganisationRecordInput,
} from "@/lib/organisations/schemas";
import { changedVerifiedFacts } from "@/lib/organisations/trust";
import type { GminaGroups } from "@/lib/reference-data/queries";

const fieldIds = {
  name: "org-name",
  shortName: "org-short-name",
  legalForm: "org-legal-form",
  krs: "org-krs",
  nip: "org-nip",
  regon: "org-regon",
  seatTerritoryCode: "org-seat",
  sphereIds: "org-spheres",
};

export function OrganisationRecordForm({
  organisationId,
  defaultValues,
  spheres,
  gminaGroups,
  verified = false,
}: {
  /** Absent when registering a new organisation. */
  organisationId?: string;
  /** The organisation is verified and this person's changes to its verified facts would withdraw it (not an administrator's). */
  verified?: boolean;
  defaultValues: OrganisationRecordInput;
  spheres: { id: string; label: string }[];
  gminaGroups: GminaGroups;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState<false | "saved" | "verificationWithdrawn">(false);
  const { form, submit, pending, message, status } = useActionForm(
    // The server normalises again, so it gets what the person typed.
    async (record: OrganisationRecordInput) => {
      if (!organisationId) return registerOrganisationAction(record);
      const response = await editOrganisationAction({ organisationId, record });
      // The edit's field errors come under `record`: they are the form's fields'.
      return response?.validationErrors
        ? { data: undefined, validationErrors: response.validationErrors.record }
        : response;
    },
    organisationRecordSchema,
    {
      defaultValues,
      fieldIds,
      onSuccess: (data) => {
        if (data && "verificationWithdrawn" in data)
          setSaved(data.verificationWithdrawn ? "verificationWithdrawn" : "saved");
        else if (data) router.push({ pathname: "/organisations/[slug]", params: { slug: data.slug } });
      },
    },
  );
  const legalForm = useWatch({ control: form.control, name: "legalForm" });
  const watched = useWatch({ control: form.control });
  // Told before saving, while the change can still be undone: a typo fixed in the name also withdraws the verification.
  const withdrawsVerification =
    verified && changedVerifiedFacts(defaultValues, { ...defaultValues, ...watched }).length > 0;

  return (
    <form
      noValidate
      className="mt-6 max-w-3xl"
      onSubmit={(event) => {
        setSaved(false);
        void submit(event);
      }}
    >
      <FormStatus {...status} />
      {saved && (
        <Alert tone={saved === "verificationWithdrawn" ? "warning" : "success"} live>
          {t(
            saved === "verificationWithdrawn"
              ? "organisationForm.savedVerificationWithdrawn"
              : "organisationForm.saved",
          )}
        </Alert>
      )}
      <FormField
        id={fieldIds.name}
        label={t("organisationForm.name")}
        hint={t("organisationForm.nameHint")}
        error={message("name")}
        required
      >
        {(props) => (
          <input {...props} {...form.register("name")} autoComplete="organization" className={inputClassName} />
        )}
      </FormField>
      <FormField
        id={fieldIds.shortName}
        label={t("organisationForm.shortName")}
        hint={t("organisationForm.shortNameHint")}
        error={message("shortName")}
      >
        {(props) => <input {...props} {...form.register("shortName")} className={inputClassName} />}
      </FormField>
      <FormField id={fieldIds.legalForm} label={t("organisationForm.legalForm")} error={message("legalForm")} required>
        {(props) => (
          <select {...props} {...form.register("legalForm")} className={inputClassName}>
            {legalForms.map((value) => (
              <option key={value} value={value}>
                {t(`legalForms.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={fieldIds.krs}
        label={t("organisationForm.krs")}
        hint={
          KRS_REGISTERED_FORMS.includes(legalForm)
            ? t("organisationForm.krsRequiredHint")
            : t("organisationForm.krsOptionalHint")
        }
        error={message("krs")}
        required={KRS_REGISTERED_FORMS.includes(legalForm)}
      >
        {(props) => (
          <input {...props} {...form.register("krs")} inputMode="numeric" className={`${inputClassName} max-w-xs`} />
        )}
      </FormField>
      <FormField
        id={fieldIds.nip}
        label={t("organisationForm.nip")}
        hint={t("organisationForm.nipHint")}
        error={message("nip")}
      >
        {(props) => (
          <input {...props} {...form.register("nip")} inputMode="numeric" className={`${inputClassName} max-w-xs`} />
        )}
      </FormField>
      <FormField
        id={fieldIds.regon}
        label={t("organisationForm.regon")}
        hint={t("organisationForm.regonHint")}
        error={message("regon")}
      >
        {(props) => (
          <input {...props} {...form.register("regon")} inputMode="numeric" className={`${inputClassName} max-w-xs`} />
        )}
      </FormField>
      <FormField
        id={fieldIds.seatTerritoryCode}
        label={t("organisationForm.seat")}
        hint={t("organisationForm.seatHint")}
        error={message("seatTerritoryCode")}
        required
      >
        {(props) => (
          <select {...props} {...form.register("seatTerritoryCode")} className={inputClassName}>
            <option value="">{t("organisationForm.seatChoose")}</option>
            {gminaGroups.map((group) => (
              <optgroup
                key={group.powiat}
                label={
                  group.cityWithPowiatRights
                    ? t("organisationForm.cityWithPowiatRights", { name: group.powiat })
                    : t("organisationForm.powiat", { name: group.powiat })
                }
              >
                {group.gminas.map((gmina) => (
                  <option key={gmina.code} value={gmina.code}>
                    {t("organisationForm.gmina", { name: gmina.name, kind: gmina.kind })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
      <CheckboxGroup
        id={fieldIds.sphereIds}
        legend={t("organisationForm.spheres")}
        hint={t("organisationForm.spheresHint")}
        error={message("sphereIds")}
        options={spheres.map((sphere) => ({ value: sphere.id, label: sphere.label }))}
        renderBox={(props) => (
          <input type="checkbox" {...props} {...form.register("sphereIds")} className={checkboxClassName} />
        )}
      />
      {withdrawsVerification && (
        <Alert tone="warning" live>
          {t("organisationForm.verifiedFactsWarning")}
        </Alert>
      )}
      <Button type="submit" disabled={pending}>
        {pending
          ? t("organisationForm.saving")
          : organisationId
            ? t("organisationForm.save")
            : t("organisationForm.register")}
      </Button>
    </form>
  );
}
