"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FormStatus } from "@/components/forms/form-status";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createElectionAction, updateElectionAction } from "@/lib/elections/actions";
import {
  candidateOrders,
  ELECTION_DATE_FIELDS,
  electionFieldsSchema,
  MAX_AREAS,
  territoryRules,
  tieRules,
  type ElectionFieldsInput,
} from "@/lib/elections/schemas";
import { useRouter } from "@/lib/i18n/navigation";

const BEFORE_AREAS = ["title", "councilName", "description", "legalBasis", "seats"] as const;
const AFTER_AREAS = [
  "areas",
  "votesPerBallot",
  "fullBallotRequired",
  "nominationsPerOrganisation",
  "recommendationsRequired",
  "requireVerified",
  "territoryRule",
  "registeredBefore",
  "excludeInLiquidation",
  "candidateOrder",
  "tieRule",
  ...ELECTION_DATE_FIELDS,
] as const;
type Field = Exclude<(typeof BEFORE_AREAS)[number] | (typeof AFTER_AREAS)[number], "areas">;
// A further round has no nominations: their dates are set when it is prepared and not shown.
const NOMINATION_DATES: readonly string[] = ["nominationsStartAt", "nominationsEndAt", "checkEndsAt"];
const idOf = (field: string) => `election-${field.replace(/\./g, "-")}`;

/** The fields with a hint under electionForm.hints. */
const HINTED = [
  "description",
  "legalBasis",
  "areas",
  "votesPerBallot",
  "recommendationsRequired",
  "registeredBefore",
  "tieRule",
] as const;
const hasHint = (field: string): field is (typeof HINTED)[number] => (HINTED as readonly string[]).includes(field);

/**
 * Every field id in the order the form shows them, for the error summary: the
 * rows of areas as many as there may be (only rows with errors are listed).
 */
const fieldIds: Record<string, string> = Object.fromEntries(
  [
    ...BEFORE_AREAS,
    ...Array.from({ length: MAX_AREAS }, (_, index) =>
      ["name", "seats", "territoryCodes"].map((part) => `areas.${index}.${part}`),
    ).flat(),
    ...AFTER_AREAS,
  ].map((field) => [field, idOf(field)]),
);

/** Creating (with `institutionId`) or editing (with `electionId`) an election's rules before nominations open. */
export function ElectionForm({
  target,
  defaultValues,
  areaOptions,
  furtherRound = false,
}: {
  target: { institutionId: string } | { electionId: string };
  defaultValues: ElectionFieldsInput;
  /** The units areas are made of (powiats of a voivodeship, gminas of a powiat); none for a gmina council. */
  areaOptions: { code: string; name: string }[];
  /** A further round: seats, areas and candidates come from the tie, and there are no nominations. */
  furtherRound?: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const creating = "institutionId" in target;
  const { form, submit, pending, message, saved, status } = useActionForm(
    // The server parses the same inputs again (dates as typed, in Polish time).
    async (fields: ElectionFieldsInput) =>
      "institutionId" in target
        ? createElectionAction({ ...fields, institutionId: target.institutionId })
        : updateElectionAction({ ...fields, electionId: target.electionId }),
    electionFieldsSchema,
    {
      defaultValues,
      fieldIds,
      onSuccess: (data) => {
        if (data && "slug" in data) router.push({ pathname: "/elections/[slug]/edit", params: { slug: data.slug } });
      },
    },
  );
  const areas = useFieldArray({ control: form.control, name: "areas" });
  const areaSeats = useWatch({ control: form.control, name: "areas" });
  const seatsFromAreas = (areaSeats ?? []).reduce((sum, area) => sum + (Number(area?.seats) || 0), 0);

  const label = (field: Field) => t(`electionForm.${field}`);
  const hint = (field: string) => (hasHint(field) ? t(`electionForm.hints.${field}`) : undefined);
  const input = (field: Field, type = "text", extra: { required?: boolean; min?: number; max?: number } = {}) => (
    <FormField
      id={idOf(field)}
      name={field}
      label={label(field)}
      hint={hint(field)}
      error={message(field)}
      required={extra.required}
    >
      {(props) => (
        <input
          {...props}
          {...form.register(field)}
          type={type}
          className={inputClassName}
          {...(extra.min !== undefined ? { min: extra.min, max: extra.max, inputMode: "numeric" as const } : {})}
        />
      )}
    </FormField>
  );
  const select = <Value extends string>(
    field: "territoryRule" | "candidateOrder" | "tieRule",
    values: readonly Value[],
    optionLabel: (value: Value) => string,
  ) => (
    <FormField id={idOf(field)} name={field} label={label(field)} hint={hint(field)} error={message(field)} required>
      {(props) => (
        <select {...props} {...form.register(field)} className={inputClassName}>
          {values.map((value) => (
            <option key={value} value={value}>
              {optionLabel(value)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const checkbox = (field: "fullBallotRequired" | "requireVerified" | "excludeInLiquidation") => (
    <div className="mb-4 flex items-start gap-3">
      <input id={idOf(field)} type="checkbox" {...form.register(field)} className={checkboxClassName} />
      <label htmlFor={idOf(field)}>{label(field)}</label>
    </div>
  );

  return (
    <form noValidate className="mt-6 max-w-4xl" onSubmit={submit}>
      <FormStatus
        {...status}
        saved={!creating && saved && t("electionForm.saved")}
        serverErrorTexts={{ CONFLICT: t("electionForm.frozen") }}
      />

      {furtherRound && (
        <p className="mb-6 max-w-3xl rounded border-l-4 border-blue-800 bg-blue-50 p-3">
          {t("furtherRound.formIntro")}
        </p>
      )}
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("electionForm.aboutHeading")}</legend>
        {input("title", "text", { required: true })}
        {input("councilName", "text", { required: true })}
        <FormField
          id={idOf("description")}
          name="description"
          label={label("description")}
          hint={hint("description")}
          error={message("description")}
          required
        >
          {(props) => <textarea {...props} {...form.register("description")} rows={6} className={inputClassName} />}
        </FormField>
        {input("legalBasis")}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("electionForm.seatsHeading")}</legend>
        {furtherRound ? (
          <p className="mb-4 font-semibold">{t("furtherRound.seatsFixed", { seats: Number(defaultValues.seats) })}</p>
        ) : (
          input("seats", "number", { required: true, min: 1, max: 100 })
        )}
        {!furtherRound && areaOptions.length > 0 && (
          <div
            id={idOf("areas")}
            tabIndex={-1}
            className={`mb-5 ${message("areas") ? "border-l-4 border-red-800 pl-3" : ""}`}
          >
            <h3 className="text-lg font-bold">{t("electionForm.areasHeading")}</h3>
            <p className="text-slate-700">{t("electionForm.hints.areas")}</p>
            {message("areas") && <p className="font-semibold text-red-800">{message("areas")}</p>}
            {areas.fields.length > 0 && (
              <p className="mt-1" aria-live="polite">
                {t("electionForm.seatsFromAreas", { count: seatsFromAreas })}
              </p>
            )}
            {areas.fields.map((area, index) => {
              const name = (part: string) => `areas.${index}.${part}`;
              return (
                <fieldset key={area.id} className="mt-4 rounded border-2 border-slate-300 p-4">
                  <legend className="px-1 font-bold">{t("electionForm.areaLegend", { number: index + 1 })}</legend>
                  <FormField
                    id={idOf(name("name"))}
                    name={name("name")}
                    label={t("electionForm.areaName")}
                    error={message(name("name"))}
                    required
                  >
                    {(props) => (
                      <input {...props} {...form.register(`areas.${index}.name`)} className={inputClassName} />
                    )}
                  </FormField>
                  <FormField
                    id={idOf(name("seats"))}
                    name={name("seats")}
                    label={t("electionForm.areaSeats")}
                    error={message(name("seats"))}
                    required
                  >
                    {(props) => (
                      <input
                        {...props}
                        {...form.register(`areas.${index}.seats`)}
                        type="number"
                        min={1}
                        max={100}
                        inputMode="numeric"
                        className={inputClassName}
                      />
                    )}
                  </FormField>
                  <CheckboxGroup
                    id={idOf(name("territoryCodes"))}
                    legend={t("electionForm.areaTerritories")}
                    error={message(name("territoryCodes"))}
                    options={areaOptions.map((option) => ({
                      value: option.code,
                      label: <span lang="pl">{option.name}</span>,
                    }))}
                    renderBox={(props) => (
                      <input
                        type="checkbox"
                        {...props}
                        {...form.register(`areas.${index}.territoryCodes`)}
                        className={checkboxClassName}
                      />
                    )}
                  />
                  <Button variant="secondary" onClick={() => areas.remove(index)}>
                    {t("electionForm.removeArea", { number: index + 1 })}
                  </Button>
                </fieldset>
              );
            })}
            {areas.fields.length < MAX_AREAS && (
              <Button
                variant="secondary"
                className="mt-4"
                onClick={() => areas.append({ name: "", seats: 1, territoryCodes: [] }, { shouldFocus: true })}
              >
                {t("electionForm.addArea")}
              </Button>
            )}
          </div>
        )}
        {input("votesPerBallot", "number", { required: true, min: 1, max: 50 })}
        {checkbox("fullBallotRequired")}
        {!furtherRound && input("nominationsPerOrganisation", "number", { required: true, min: 1, max: 20 })}
        {!furtherRound && input("recommendationsRequired", "number", { required: true, min: 0, max: 50 })}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("electionForm.eligibilityHeading")}</legend>
        <p className="mb-4">{t("electionForm.eligibilityIntro")}</p>
        {checkbox("requireVerified")}
        {select("territoryRule", territoryRules, (value) => t(`elections.territoryRules.${value}`))}
        {input("registeredBefore", "date")}
        {checkbox("excludeInLiquidation")}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("electionForm.orderHeading")}</legend>
        {select("candidateOrder", candidateOrders, (value) => t(`elections.candidateOrders.${value}`))}
        {select("tieRule", tieRules, (value) => t(`elections.tieRules.${value}`))}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-bold">{t("electionForm.datesHeading")}</legend>
        <p className="mb-4">{t("electionForm.datesIntro")}</p>
        {ELECTION_DATE_FIELDS.filter((field) => !furtherRound || !NOMINATION_DATES.includes(field)).map((field) => (
          <div key={field}>{input(field, "datetime-local", { required: true })}</div>
        ))}
      </fieldset>

      <Button type="submit" disabled={pending}>
        {creating ? t("electionForm.create") : t("electionForm.save")}
      </Button>
    </form>
  );
}
