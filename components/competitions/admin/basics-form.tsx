"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { TopicFields } from "@/components/forms/topic-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createCompetitionAction, updateCompetitionAction } from "@/lib/competitions/actions";
import type { DeadlineHint } from "@/lib/competitions/deadline-hint";
import { competitionBasicsSchema, type CompetitionBasicsInput } from "@/lib/competitions/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { TopicOptions } from "@/lib/reference-data/topic-options";

const TEXT_FIELDS = [
  "title",
  "reference",
  "summary",
  "awardRules",
  "implementationTerms",
  "implementationStartsOn",
  "implementationEndsOn",
  "allowedYears",
  "offersOpenAt",
  "offersDeadline",
  "selectionProcedure",
  "selectionDueOn",
  "contactName",
  "contactEmail",
  "contactPhone",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const fieldIds: Record<string, string> = {
  ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, `competition-${field}`])),
  selectionCriteria: "competition-criteria",
  sphereIds: "competition-sphereIds",
  territoryCodes: "competition-territoryCodes",
};
const LONG = new Set<TextField>(["summary", "awardRules", "implementationTerms", "selectionProcedure"]);
const TYPES: Partial<Record<TextField, string>> = {
  implementationStartsOn: "date",
  implementationEndsOn: "date",
  selectionDueOn: "date",
  offersOpenAt: "datetime-local",
  offersDeadline: "datetime-local",
  contactEmail: "email",
  contactPhone: "tel",
};
const REQUIRED = new Set<TextField>([
  "title",
  "summary",
  "allowedYears",
  "offersOpenAt",
  "offersDeadline",
  "contactName",
  "contactEmail",
]);
const HINTED = ["summary", "awardRules", "implementationTerms", "allowedYears", "selectionProcedure"] as const;
const hasHint = (field: TextField): field is (typeof HINTED)[number] => (HINTED as readonly string[]).includes(field);

/**
 * The announcement's text and dates (art. 13 ust. 2 pkt 1, 3–6): creating a
 * draft (with `institutionId`) or editing one (with `competitionId`).
 * Times are typed in Polish time; the server refuses a time skipped by the
 * spring clock change.
 */
export function CompetitionBasicsForm({
  target,
  defaultValues,
  options,
  deadlineHint,
}: {
  target: { institutionId: string } | { competitionId: string };
  defaultValues: CompetitionBasicsInput;
  options: TopicOptions;
  /** The legal limit in force and the earliest allowed day (lib/competitions/deadline-hint.ts). */
  deadlineHint: DeadlineHint;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });
  // The number of days and the first allowed day, so the official need not learn them at the last step.
  const deadlineHintText = `${t("competitionsAdmin.hints.offersDeadline", { minDays: deadlineHint.minDays })} ${
    deadlineHint.lastPublication === null
      ? t("competitionsAdmin.hints.offersDeadlineToday", { earliest: day(deadlineHint.earliest) })
      : t("competitionsAdmin.hints.offersDeadlineDated", {
          earliest: day(deadlineHint.earliest),
          lastPublication: day(deadlineHint.lastPublication),
        })
  }`;
  const router = useRouter();
  const creating = "institutionId" in target;
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    async (fields: CompetitionBasicsInput) =>
      "institutionId" in target
        ? createCompetitionAction({ ...fields, institutionId: target.institutionId })
        : updateCompetitionAction({ ...fields, competitionId: target.competitionId }),
    competitionBasicsSchema,
    {
      defaultValues,
      fieldIds,
      onSuccess: (data) => {
        if (creating && data && "slug" in data)
          router.push({ pathname: "/competitions/[slug]/edit", params: { slug: data.slug } });
      },
    },
  );
  const criteria = useFieldArray({ control: form.control, name: "selectionCriteria" });

  const field = (name: TextField) => (
    <FormField
      id={fieldIds[name]!}
      name={name}
      label={t(`competitionsAdmin.fields.${name}`)}
      hint={
        name === "offersDeadline" ? deadlineHintText : hasHint(name) ? t(`competitionsAdmin.hints.${name}`) : undefined
      }
      error={message(name)}
      required={REQUIRED.has(name)}
    >
      {(props) =>
        LONG.has(name) ? (
          <textarea {...props} {...form.register(name)} rows={6} className={inputClassName} />
        ) : (
          <input {...props} {...form.register(name)} type={TYPES[name] ?? "text"} className={inputClassName} />
        )
      }
    </FormField>
  );

  return (
    <form noValidate className="mt-6 max-w-4xl" onSubmit={submit}>
      <FormStatus
        {...status}
        refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
        saved={!creating && saved && t("competitionsAdmin.saved")}
      />
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("competitionsAdmin.basicsHeading")}</legend>
        {field("title")}
        {field("reference")}
        {field("summary")}
        <div className="mb-5 flex items-start gap-3">
          <input
            id="competition-draftBudgetBasis"
            type="checkbox"
            {...form.register("draftBudgetBasis")}
            className="mt-1 h-6 w-6 shrink-0 accent-blue-800"
          />
          <label htmlFor="competition-draftBudgetBasis">{t("competitionsAdmin.fields.draftBudgetBasis")}</label>
        </div>
        {field("awardRules")}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("competitionsAdmin.datesHeading")}</legend>
        {field("implementationStartsOn")}
        {field("implementationEndsOn")}
        {field("allowedYears")}
        {field("implementationTerms")}
        {field("offersOpenAt")}
        {field("offersDeadline")}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("competitionsAdmin.selectionHeading")}</legend>
        {field("selectionProcedure")}
        <fieldset id={fieldIds.selectionCriteria} tabIndex={-1} className="mb-5">
          <legend className="font-semibold">{t("competitionsAdmin.fields.selectionCriteria")}</legend>
          {criteria.fields.length === 0 && <p className="mt-2 text-slate-700">{t("competitionsAdmin.noCriteria")}</p>}
          {criteria.fields.map((row, index) => (
            <div key={row.id} className="mt-3 border-l-4 border-slate-300 pl-3">
              <FormField
                id={`criterion-${index}-name`}
                name={`selectionCriteria.${index}.name`}
                label={t("competitionsAdmin.criterionName", { number: index + 1 })}
                error={message(`selectionCriteria.${index}.name`)}
                required
              >
                {(props) => (
                  <input {...props} {...form.register(`selectionCriteria.${index}.name`)} className={inputClassName} />
                )}
              </FormField>
              <FormField
                id={`criterion-${index}-points`}
                name={`selectionCriteria.${index}.maxPoints`}
                label={t("competitionsAdmin.criterionPoints", { number: index + 1 })}
                error={message(`selectionCriteria.${index}.maxPoints`)}
                required
              >
                {(props) => (
                  <input
                    {...props}
                    {...form.register(`selectionCriteria.${index}.maxPoints`)}
                    inputMode="numeric"
                    className={`${inputClassName} max-w-32`}
                  />
                )}
              </FormField>
              <div className="mb-3 flex items-start gap-3">
                <input
                  id={`criterion-${index}-only-support`}
                  type="checkbox"
                  {...form.register(`selectionCriteria.${index}.onlySupport`)}
                  className="mt-1 h-6 w-6 shrink-0 accent-blue-800"
                />
                <label htmlFor={`criterion-${index}-only-support`}>{t("competitionsAdmin.criterionOnlySupport")}</label>
              </div>
              <Button variant="secondary" onClick={() => criteria.remove(index)}>
                {t("competitionsAdmin.removeCriterion", { number: index + 1 })}
              </Button>
            </div>
          ))}
          <p className="mt-3">
            <Button
              variant="secondary"
              onClick={() => criteria.append({ name: "", maxPoints: "", onlySupport: false })}
            >
              {t("competitionsAdmin.addCriterion")}
            </Button>
          </p>
        </fieldset>
        {field("selectionDueOn")}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("competitionsAdmin.contactHeading")}</legend>
        {field("contactName")}
        {field("contactEmail")}
        {field("contactPhone")}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("competitionsAdmin.concernsHeading")}</legend>
        <TopicFields
          options={options}
          ids={{ sphereIds: fieldIds.sphereIds!, territoryCodes: fieldIds.territoryCodes! }}
          labels={{
            sphereIds: t("competitionsAdmin.fields.sphereIds"),
            territoryCodes: t("competitionsAdmin.fields.territoryCodes"),
          }}
          register={{ sphereIds: form.register("sphereIds"), territoryCodes: form.register("territoryCodes") }}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {creating ? t("competitionsAdmin.create") : t("competitionsAdmin.save")}
      </Button>
    </form>
  );
}
