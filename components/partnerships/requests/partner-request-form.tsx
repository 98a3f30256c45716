"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { CodeCheckboxes } from "@/components/partnerships/code-checkboxes";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { competences, resources } from "@/lib/partnerships/capabilities";
import { parsePartyChoice } from "@/lib/partnerships/party";
import {
  createRequestForInstitutionAction,
  createRequestForOrganisationAction,
  updateInstitutionRequestAction,
  updateOrganisationRequestAction,
} from "@/lib/partnerships/requests/actions";
import type { PartyOption } from "@/lib/partnerships/requests/parties";
import {
  editPartnerRequestFormSchema,
  legalForms,
  MAX_PARTNERS,
  MAX_RADIUS_KM,
  newPartnerRequestFormSchema,
  partnerAreas,
  partnerRoles,
  type PartnerRequestFormInput,
  withReplyWindow,
} from "@/lib/partnerships/requests/schemas";

const FIELDS = [
  "party",
  "title",
  "initiative",
  "callName",
  "callUrl",
  "roles",
  "partnerLegalForms",
  "requiresPublicBenefit",
  "welcomesLocalGovernment",
  "sphereIds",
  "area",
  "territoryCodes",
  "radiusKm",
  "neededCompetences",
  "neededResources",
  "offeredCompetences",
  "offeredResources",
  "partnerGives",
  "partnerGets",
  "budgetSharePercent",
  "budgetNote",
  "startsOn",
  "endsOn",
  "timelineNote",
  "repliesCloseOn",
  "maxPartners",
] as const;
const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `partner-request-${field}`])) as Record<
  (typeof FIELDS)[number],
  string
>;
const newKey = () => crypto.randomUUID().replace(/-/g, "");
const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c) => b.includes(c));

export type RequestFormRules = {
  maxReplyDays: number;
  since: string;
  latest: string;
  latestDay: string;
  earliestDay: string;
};

/**
 * Writing a partner request: a new one for an organisation or office the
 * person acts for (what the organisation offers comes from its partnership
 * profile, to be changed here), or the party's edit of its request. Fields
 * are grouped as the request's page shows them; a refused send keeps all
 * that was typed.
 */
export function PartnerRequestForm({
  target,
  defaultValues,
  parties = [],
  spheres,
  territories,
  rules,
}: {
  target: { create: true } | { requestId: string; kind: "organisation" | "institution" };
  defaultValues: PartnerRequestFormInput;
  parties?: PartyOption[];
  spheres: { id: string; label: string }[];
  territories: { code: string; label: string }[];
  rules: RequestFormRules;
}) {
  const t = useTranslations("partnerRequestForm");
  const roleName = useTranslations("partnerRequests.roles");
  const capability = useTranslations("partnerships");
  const legal = useTranslations("legalForms");
  const router = useRouter();
  const [submissionKey] = useState(newKey);
  // Saved, but held for a moderator: the form says the public keeps the previous text meanwhile.
  const [held, setHeld] = useState(false);
  const creating = "create" in target;
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    async ({ party, ...fields }: PartnerRequestFormInput) => {
      if ("requestId" in target) {
        const input = { ...fields, requestId: target.requestId };
        return target.kind === "organisation"
          ? updateOrganisationRequestAction(input)
          : updateInstitutionRequestAction(input);
      }
      const choice = parsePartyChoice(party);
      return choice.kind === "organisation"
        ? createRequestForOrganisationAction({ ...fields, organisationId: choice.id, submissionKey })
        : createRequestForInstitutionAction({ ...fields, institutionId: choice.id, submissionKey });
    },
    // The closing day's window is checked with the other fields, so every error is said at once.
    withReplyWindow(creating ? newPartnerRequestFormSchema : editPartnerRequestFormSchema, rules),
    {
      defaultValues,
      fieldIds,
      messageValues: { partnerRequestClosesTooLate: { latest: rules.latest } },
      onSuccess: (data) => {
        if (data && "held" in data) setHeld(data.held);
        if (creating && data && "slug" in data)
          router.push({ pathname: "/partnerships/[slug]", params: { slug: data.slug } });
      },
    },
  );
  const [area, party] = useWatch({ control: form.control, name: ["area", "party"] });

  // Choosing another organisation brings its offer along, unless the lists were already changed by hand.
  const previousParty = useRef(party);
  useEffect(() => {
    const before = parties.find((option) => option.value === previousParty.current);
    const after = parties.find((option) => option.value === party);
    previousParty.current = party;
    if (!after || before === after) return;
    const untouched = (field: "offeredCompetences" | "offeredResources") =>
      sameCodes(form.getValues(field) ?? [], before?.[field] ?? []);
    if (untouched("offeredCompetences"))
      form.setValue("offeredCompetences", after.offeredCompetences as PartnerRequestFormInput["offeredCompetences"]);
    if (untouched("offeredResources"))
      form.setValue("offeredResources", after.offeredResources as PartnerRequestFormInput["offeredResources"]);
  }, [party, parties, form]);

  const competenceOptions = competences.map((code) => ({ value: code, label: capability(`competences.${code}`) }));
  const resourceOptions = resources.map((code) => ({ value: code, label: capability(`resources.${code}`) }));
  const textField = (field: "partnerGives" | "partnerGets" | "budgetNote" | "timelineNote", rows = 4) => (
    <FormField
      id={fieldIds[field]}
      name={field}
      label={t(`${field}`)}
      hint={t(`${field}Hint`)}
      error={message(field)}
      required={field === "partnerGives" || field === "partnerGets"}
    >
      {(props) => <textarea {...props} {...form.register(field)} rows={rows} className={inputClassName} />}
    </FormField>
  );
  const fieldsetClass = "mb-6 rounded border-2 border-slate-300 p-4";
  const legendClass = "px-1 text-lg font-semibold";

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={creating ? t("newTitle") : t("editTitle")}
      className="mt-6 max-w-3xl"
    >
      <FormStatus
        {...status}
        saved={saved && !creating && t(held ? "savedHeld" : "saved")}
        refused={refused && t(`refusals.${refused}`)}
      />
      {creating && (
        <FormField
          id={fieldIds.party}
          name="party"
          label={t("party")}
          hint={t("partyHint")}
          error={message("party")}
          required
        >
          {(props) => (
            <select {...props} {...form.register("party")} className={inputClassName}>
              {(["organisation", "institution"] as const).map((kind) =>
                parties.some((option) => option.kind === kind) ? (
                  <optgroup key={kind} label={t(`partyGroups.${kind}`)}>
                    {parties
                      .filter((option) => option.kind === kind)
                      .map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.verified ? option.name : t("partyUnverified", { name: option.name })}
                        </option>
                      ))}
                  </optgroup>
                ) : null,
              )}
            </select>
          )}
        </FormField>
      )}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("initiativeHeading")}</legend>
        {/* No maxLength: a browser cuts pasted text silently; the schema says what is too long. */}
        <FormField
          id={fieldIds.title}
          name="title"
          label={t("title")}
          hint={t("titleHint")}
          error={message("title")}
          required
        >
          {(props) => <input {...props} {...form.register("title")} className={inputClassName} />}
        </FormField>
        <FormField
          id={fieldIds.initiative}
          name="initiative"
          label={t("initiative")}
          hint={t("initiativeHint")}
          error={message("initiative")}
          required
        >
          {(props) => <textarea {...props} {...form.register("initiative")} rows={8} className={inputClassName} />}
        </FormField>
        <FormField
          id={fieldIds.callName}
          name="callName"
          label={t("callName")}
          hint={t("callNameHint")}
          error={message("callName")}
        >
          {(props) => <input {...props} {...form.register("callName")} className={inputClassName} />}
        </FormField>
        <FormField
          id={fieldIds.callUrl}
          name="callUrl"
          label={t("callUrl")}
          hint={t("callUrlHint")}
          error={message("callUrl")}
        >
          {(props) => (
            <input {...props} {...form.register("callUrl")} type="url" inputMode="url" className={inputClassName} />
          )}
        </FormField>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("soughtHeading")}</legend>
        <CodeCheckboxes
          id={fieldIds.roles}
          legend={t("roles")}
          hint={t("rolesHint")}
          error={message("roles")}
          options={partnerRoles.map((role) => ({ value: role, label: roleName(role) }))}
          registration={form.register("roles")}
        />
        <CodeCheckboxes
          id={fieldIds.partnerLegalForms}
          legend={t("partnerLegalForms")}
          hint={t("partnerLegalFormsHint")}
          error={message("partnerLegalForms")}
          options={legalForms.map((value) => ({ value, label: legal(value) }))}
          registration={form.register("partnerLegalForms")}
        />
        {(["requiresPublicBenefit", "welcomesLocalGovernment"] as const).map((field) => (
          <div key={field} className="mb-4 flex items-start gap-3">
            <input id={fieldIds[field]} type="checkbox" {...form.register(field)} className={checkboxClassName} />
            <label htmlFor={fieldIds[field]}>{t(field)}</label>
          </div>
        ))}
        <details className="mb-4" open={defaultValues.sphereIds.length > 0}>
          <summary className="cursor-pointer font-semibold">{t("spheresSummary")}</summary>
          <CodeCheckboxes
            id={fieldIds.sphereIds}
            legend={t("spheres")}
            hint={t("spheresHint")}
            error={message("sphereIds")}
            options={spheres.map((sphere) => ({ value: sphere.id, label: sphere.label }))}
            registration={form.register("sphereIds")}
            legendClassName="sr-only"
          />
        </details>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("areaHeading")}</legend>
        {partnerAreas.map((value, index) => {
          const id = index === 0 ? fieldIds.area : `${fieldIds.area}-${value}`;
          return (
            <div key={value} className="mb-2 flex items-start gap-3">
              <input id={id} type="radio" value={value} {...form.register("area")} className="mt-1 h-5 w-5" />
              <label htmlFor={id}>{t(`areas.${value}`)}</label>
            </div>
          );
        })}
        {area === "TERRITORIES" && (
          <CodeCheckboxes
            id={fieldIds.territoryCodes}
            legend={t("territories")}
            hint={t("territoriesHint")}
            error={message("territoryCodes")}
            options={territories.map((unit) => ({ value: unit.code, label: unit.label, lang: "pl" }))}
            registration={form.register("territoryCodes")}
          />
        )}
        {area === "RADIUS" && (
          <FormField
            id={fieldIds.radiusKm}
            name="radiusKm"
            label={t("radiusKm")}
            hint={t("radiusKmHint", { max: MAX_RADIUS_KM })}
            error={message("radiusKm")}
            required
          >
            {(props) => (
              <input
                {...props}
                {...form.register("radiusKm")}
                inputMode="numeric"
                className={`${inputClassName} max-w-32`}
              />
            )}
          </FormField>
        )}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("needsHeading")}</legend>
        <CodeCheckboxes
          id={fieldIds.neededCompetences}
          legend={t("neededCompetences")}
          error={message("neededCompetences")}
          options={competenceOptions}
          registration={form.register("neededCompetences")}
        />
        <CodeCheckboxes
          id={fieldIds.neededResources}
          legend={t("neededResources")}
          error={message("neededResources")}
          options={resourceOptions}
          registration={form.register("neededResources")}
        />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("offersHeading")}</legend>
        <p className="mb-3">{t("offersIntro")}</p>
        <CodeCheckboxes
          id={fieldIds.offeredCompetences}
          legend={t("offeredCompetences")}
          error={message("offeredCompetences")}
          options={competenceOptions}
          registration={form.register("offeredCompetences")}
        />
        <CodeCheckboxes
          id={fieldIds.offeredResources}
          legend={t("offeredResources")}
          error={message("offeredResources")}
          options={resourceOptions}
          registration={form.register("offeredResources")}
        />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("termsHeading")}</legend>
        {textField("partnerGives")}
        {textField("partnerGets")}
        <FormField
          id={fieldIds.budgetSharePercent}
          name="budgetSharePercent"
          label={t("budgetSharePercent")}
          hint={t("budgetSharePercentHint")}
          error={message("budgetSharePercent")}
        >
          {(props) => (
            <input
              {...props}
              {...form.register("budgetSharePercent")}
              inputMode="numeric"
              className={`${inputClassName} max-w-32`}
            />
          )}
        </FormField>
        {textField("budgetNote", 2)}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("timelineHeading")}</legend>
        {(["startsOn", "endsOn"] as const).map((field) => (
          <FormField key={field} id={fieldIds[field]} name={field} label={t(field)} error={message(field)}>
            {(props) => (
              <input {...props} {...form.register(field)} type="date" className={`${inputClassName} max-w-52`} />
            )}
          </FormField>
        ))}
        {textField("timelineNote", 2)}
        <FormField
          id={fieldIds.repliesCloseOn}
          name="repliesCloseOn"
          label={t("repliesCloseOn")}
          hint={t("repliesCloseOnHint", { days: rules.maxReplyDays, since: rules.since, latest: rules.latest })}
          error={message("repliesCloseOn")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("repliesCloseOn")}
              type="date"
              min={rules.earliestDay}
              max={rules.latestDay}
              className={`${inputClassName} max-w-52`}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.maxPartners}
          name="maxPartners"
          label={t("maxPartners")}
          hint={t("maxPartnersHint", { max: MAX_PARTNERS })}
          error={message("maxPartners")}
          required
        >
          {(props) => (
            <input
              {...props}
              {...form.register("maxPartners")}
              inputMode="numeric"
              className={`${inputClassName} max-w-32`}
            />
          )}
        </FormField>
      </fieldset>

      <Button type="submit" busy={pending}>
        {creating ? t("submit") : t("save")}
      </Button>
    </form>
  );
}
