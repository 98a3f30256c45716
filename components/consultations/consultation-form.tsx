"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FormStatus } from "@/components/forms/form-status";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { TopicFields } from "@/components/forms/topic-fields";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { useSaveForm } from "@/components/forms/use-save-form";
import { DocxImport } from "@/components/consultations/docx-import";
import { SplitModeField } from "@/components/consultations/split-mode-field";
import { UnitPreview } from "@/components/consultations/unit-preview";
import { Button } from "@/components/ui/button";
import { createConsultationAction, updateConsultationAction } from "@/lib/consultations/actions";
import {
  consultationAudiences,
  consultationKinds,
  createConsultationSchema,
  remarkPublications,
  updateConsultationSchema,
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

type FormValues = ConsultationFieldsInput & { institutionId?: string; consultationId?: string };

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
  const form = useForm<
    FormValues,
    unknown,
    z.output<typeof createConsultationSchema> | z.output<typeof updateConsultationSchema>
  >({
    shouldFocusError: false,
    resolver: zodResolver((creating ? createConsultationSchema : updateConsultationSchema) as never),
    defaultValues: { ...defaultValues, ...target },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const create = useAction(createConsultationAction);
  const update = useAction(updateConsultationAction);
  const { submit, saved, serverError, pending } = useSaveForm({
    form,
    fieldIds,
    creating,
    create,
    update,
    onCreated: (created: { slug: string }) =>
      router.push({ pathname: "/consultations/[slug]/edit", params: { slug: created.slug } }),
  });
  const [sourceText, splitMode, kind] = useWatch({ control: form.control, name: ["sourceText", "splitMode", "kind"] });
  const replaceText = useCallback((text: string) => form.setValue("sourceText", text, { shouldDirty: true }), [form]);

  const text = (field: (typeof FIELDS)[number], type = "text", extra: Record<string, unknown> = {}) => (
    <FormField
      id={fieldIds[field]}
      name={field}
      label={t(`consultationForm.${field}`)}
      hint={
        t.has(`consultationForm.hints.${field}` as never) ? t(`consultationForm.hints.${field}` as never) : undefined
      }
      error={message(field)}
      required={extra.required === true}
    >
      {(props) => (
        <input
          {...props}
          {...form.register(field as never)}
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
        summary={summary}
        saved={saved ? t("consultationForm.saved") : null}
        serverError={
          serverError
            ? serverError === "CONFLICT"
              ? t("consultationForm.alreadyOpen")
              : t(`errors.${serverError}`)
            : null
        }
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
