"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useWatch } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { TopicFields } from "@/components/forms/topic-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { DocxImport } from "@/components/consultations/docx-import";
import { SplitModeField } from "@/components/consultations/split-mode-field";
import { UnitPreview } from "@/components/consultations/unit-preview";
import { Button } from "@/components/ui/button";
import { createConsultationAction, updateConsultationAction } from "@/lib/consultations/actions";
import {
  consultationAudiences,
  consultationFieldsSchema,
  consultationKinds,
  remarkPublications,
  type ConsultationFieldsInput,
} from "@/lib/consultations/schemas";
import { cooperationProgrammeTemplate } from "@/lib/consultations/units";
import type { ConsultationFormOptions } from "@/lib/consultations/form-options";
import { useRouter } from "@/lib/i18n/navigation";

const FIELDS = [
  "title",
  "kind",
  "summary",
  "legalBasis",
  "startsAt",
  "endsAt",
  "audience",
  "remarkPublication",
  "meetingAt",
  "meetingPlace",
  "meetingUrl",
  "contactPerson",
  "contactEmail",
  "bipUrl",
  "sphereIds",
  "territoryCodes",
  "splitMode",
  "sourceText",
] as const;
const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `consultation-${field}`])) as Record<
  (typeof FIELDS)[number],
  string
>;

type TextField = Exclude<
  (typeof FIELDS)[number],
  "kind" | "audience" | "remarkPublication" | "sphereIds" | "territoryCodes" | "splitMode"
>;
/** The text fields with a hint under consultationForm.hints. */
const HINTED = ["legalBasis", "meetingUrl", "bipUrl"] as const;
const hasHint = (field: TextField): field is (typeof HINTED)[number] => (HINTED as readonly string[]).includes(field);
/** Creating (with `institutionId`) or editing (with `consultationId`) a consultation before it opens. */
export function ConsultationForm({
  target,
  institutionId,
  defaultValues,
  options,
}: {
  target: { institutionId: string } | { consultationId: string };
  /** The organiser, whose officials may read a DOCX into the form. */
  institutionId: string;
  defaultValues: ConsultationFieldsInput;
  options: ConsultationFormOptions;
}) {
  const t = useTranslations();
  const router = useRouter();
  const creating = "institutionId" in target;
  const { form, submit, pending, message, saved, status } = useActionForm(
    // The server parses the same inputs again (dates as typed, in Polish time).
    async (fields: ConsultationFieldsInput) =>
      "institutionId" in target
        ? createConsultationAction({ ...fields, institutionId: target.institutionId })
        : updateConsultationAction({ ...fields, consultationId: target.consultationId }),
    consultationFieldsSchema,
    {
      defaultValues,
      fieldIds,
      onSuccess: (data) => {
        if (data && "slug" in data)
          router.push({ pathname: "/consultations/[slug]/edit", params: { slug: data.slug } });
      },
    },
  );
  const [sourceText, splitMode, kind] = useWatch({ control: form.control, name: ["sourceText", "splitMode", "kind"] });
  const replaceText = useCallback((text: string) => form.setValue("sourceText", text, { shouldDirty: true }), [form]);

  const text = (field: TextField, type = "text", extra: Record<string, unknown> = {}) => (
    <FormField
      id={fieldIds[field]}
      name={field}
      label={t(`consultationForm.${field}`)}
      hint={hasHint(field) ? t(`consultationForm.hints.${field}`) : undefined}
      error={message(field)}
      required={extra.required === true}
    >
      {(props) => (
        <input
          {...props}
          {...form.register(field)}
          type={type}
          className={inputClassName}
          {...(extra.autoComplete ? { autoComplete: String(extra.autoComplete) } : {})}
        />
      )}
    </FormField>
  );

  return (
    <form noValidate className="mt-6 max-w-4xl" onSubmit={submit}>
      <FormStatus
        {...status}
        saved={!creating && saved && t("consultationForm.saved")}
        serverErrorTexts={{ CONFLICT: t("consultationForm.alreadyOpen") }}
      />
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("consultationForm.aboutHeading")}</legend>
        {text("title", "text", { required: true })}
        <FormField id={fieldIds.kind} name="kind" label={t("consultationForm.kind")} error={message("kind")} required>
          {(props) => (
            <select {...props} {...form.register("kind")} className={inputClassName}>
              {consultationKinds.map((value) => (
                <option key={value} value={value}>
                  {t(`consultations.kinds.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={fieldIds.summary}
          name="summary"
          label={t("consultationForm.summary")}
          hint={t("consultationForm.hints.summary")}
          error={message("summary")}
          required
        >
          {(props) => <textarea {...props} {...form.register("summary")} rows={6} className={inputClassName} />}
        </FormField>
        {text("legalBasis")}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("consultationForm.datesHeading")}</legend>
        <p className="mb-4">{t("consultationForm.minDays", { days: options.minDays })}</p>
        {text("startsAt", "datetime-local", { required: true })}
        {text("endsAt", "datetime-local", { required: true })}
        <fieldset className="mb-5">
          <legend className="font-semibold">{t("consultationForm.audience")}</legend>
          {consultationAudiences.map((value) => (
            <div key={value} className="mt-2 flex items-start gap-3">
              <input
                id={`${fieldIds.audience}-${value}`}
                type="radio"
                value={value}
                {...form.register("audience")}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={`${fieldIds.audience}-${value}`}>{t(`consultations.audiences.${value}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="mb-5">
          <legend className="font-semibold">{t("consultationForm.remarkPublication")}</legend>
          {remarkPublications.map((value) => (
            <div key={value} className="mt-2 flex items-start gap-3">
              <input
                id={`${fieldIds.remarkPublication}-${value}`}
                type="radio"
                value={value}
                {...form.register("remarkPublication")}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={`${fieldIds.remarkPublication}-${value}`}>
                {t(`consultations.remarkPublications.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("consultationForm.formsHeading")}</legend>
        {text("meetingAt", "datetime-local")}
        {text("meetingPlace")}
        {text("meetingUrl", "url")}
        {text("contactPerson", "text", { autoComplete: "off" })}
        {text("contactEmail", "email", { autoComplete: "off" })}
        {text("bipUrl", "url")}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("consultationForm.concernsHeading")}</legend>
        <TopicFields
          options={options}
          ids={{ sphereIds: fieldIds.sphereIds, territoryCodes: fieldIds.territoryCodes }}
          labels={{ sphereIds: t("consultationForm.sphereIds"), territoryCodes: t("consultationForm.territoryCodes") }}
          register={{ sphereIds: form.register("sphereIds"), territoryCodes: form.register("territoryCodes") }}
        />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("consultationForm.textHeading")}</legend>
        <p className="mb-4">{t("consultationForm.textIntro")}</p>
        {kind === "COOPERATION_PROGRAMME" && !sourceText?.trim() && (
          <p className="mb-4">
            <Button variant="secondary" onClick={() => replaceText(cooperationProgrammeTemplate())}>
              {t("consultationForm.useProgrammeTemplate")}
            </Button>
          </p>
        )}
        <DocxImport institutionId={institutionId} currentText={sourceText ?? ""} onText={replaceText} />
        <SplitModeField id={fieldIds.splitMode} error={message("splitMode")} register={form.register("splitMode")} />
        <FormField
          id={fieldIds.sourceText}
          name="sourceText"
          label={t("consultationForm.sourceText")}
          hint={t("consultationForm.hints.sourceText")}
          error={message("sourceText")}
        >
          {(props) => (
            <textarea
              {...props}
              {...form.register("sourceText")}
              rows={16}
              className={`${inputClassName} max-w-none font-mono text-sm`}
              lang="pl"
            />
          )}
        </FormField>
        <UnitPreview text={sourceText ?? ""} mode={splitMode ?? "auto"} onTextChange={replaceText} />
      </fieldset>

      <Button type="submit" disabled={pending}>
        {creating ? t("consultationForm.create") : t("consultationForm.save")}
      </Button>
    </form>
  );
}
