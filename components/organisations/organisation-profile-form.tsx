"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFieldArray, useForm, type FieldErrors } from "react-hook-form";
import type { z } from "zod";
import { useErrorText } from "@/components/forms/error-text";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { targetGroups } from "@/lib/directory/filters";
import { editOrganisationProfileAction } from "@/lib/organisations/actions";
import {
  contactKinds,
  contactVisibilities,
  MAX_CONTACT_PERSONS,
  organisationProfileSchema,
  type OrganisationProfileInput,
} from "@/lib/organisations/profile/schemas";

export interface TerritoryOptions {
  region: { code: string; name: string };
  powiats: { code: string; name: string; gminas: { code: string; name: string }[] }[];
}

const fieldId = (path: string) => `profile-${path.replace(/\./g, "-")}`;

/** The error message key at a dotted path of react-hook-form's errors. */
function errorKeyAt(errors: FieldErrors<OrganisationProfileInput>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}

/** The profile editor: texts, numbers, whom and where, contacts with visibility, contact persons. */
export function OrganisationProfileForm({
  organisationId,
  defaultValues,
  territories,
}: {
  organisationId: string;
  defaultValues: OrganisationProfileInput;
  territories: TerritoryOptions;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const [saved, setSaved] = useState(false);
  const form = useForm<OrganisationProfileInput, unknown, z.output<typeof organisationProfileSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(organisationProfileSchema),
    defaultValues,
  });
  const persons = useFieldArray({ control: form.control, name: "persons" });
  // A person added by the button gets focus on its name once the fields exist.
  const focusPerson = useRef<number | null>(null);
  useEffect(() => {
    if (focusPerson.current === null) return;
    document.getElementById(fieldId(`persons.${focusPerson.current}.name`))?.focus();
    focusPerson.current = null;
  }, [persons.fields.length]);
  const save = useAction(editOrganisationProfileAction);
  const errors = form.formState.errors;

  // Every field that can carry an error, in page order, for the summary.
  const paths = [
    "mission",
    "description",
    "foundedYear",
    "membersCount",
    "volunteersCount",
    "staffCount",
    "territoryCodes",
    ...contactKinds.map((kind) => `contacts.${kind}.value`),
    ...persons.fields.flatMap((_, index) =>
      ["name", "function", "email", "phone"].map((part) => `persons.${index}.${part}`),
    ),
    "persons",
  ];
  const message = (path: string) => {
    const key =
      errorKeyAt(errors, path) ??
      (path === "persons" ? (errors.persons as { root?: { message?: string } } | undefined)?.root?.message : undefined);
    return key ? errorText.field(key) : undefined;
  };
  // The summary lists what the last submission found (and drops each as it is
  // fixed); a problem that appears later, e.g. the empty name of a person just
  // added, shows on its field without pulling focus to the summary.
  const [submittedPaths, setSubmittedPaths] = useState<string[]>([]);
  const summary = paths
    .filter((path) => submittedPaths.includes(path))
    .flatMap((path) => {
      const text = message(path);
      return text ? [{ fieldId: fieldId(path), message: text }] : [];
    });
  // Who sees a contact or a person: the same list for both.
  const visibilitySelect = (
    path: `contacts.${(typeof contactKinds)[number]}.visibility` | `persons.${number}.visibility`,
    label: string,
  ) => (
    <FormField id={fieldId(path)} name={path} label={label}>
      {(props) => (
        <select {...props} {...form.register(path)} className={inputClassName}>
          {contactVisibilities.map((visibility) => (
            <option key={visibility} value={visibility}>
              {t(`organisationProfile.visibilities.${visibility}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const number = (path: "foundedYear" | "membersCount" | "volunteersCount" | "staffCount", label: string) => (
    <FormField id={fieldId(path)} name={path} label={label} error={message(path)}>
      {(props) => (
        <input {...props} {...form.register(path)} inputMode="numeric" className={`${inputClassName} max-w-40`} />
      )}
    </FormField>
  );

  return (
    <section aria-labelledby="profile-heading" className="mt-10 max-w-3xl">
      <h2 id="profile-heading" className="text-2xl font-bold">
        {t("organisationProfile.heading")}
      </h2>
      <p className="mt-2">{t("organisationProfile.intro")}</p>
      <form
        noValidate
        className="mt-4"
        onSubmit={form.handleSubmit(
          async () => {
            setSubmittedPaths([]);
            setSaved(false);
            // The fields as typed: the server validates (and converts) them itself.
            const response = await save.executeAsync({ organisationId, profile: form.getValues() });
            const territoryError = (
              response?.validationErrors as { profile?: { territoryCodes?: { _errors?: string[] } } } | undefined
            )?.profile?.territoryCodes?._errors?.[0];
            if (territoryError) {
              form.setError("territoryCodes", { message: territoryError });
              setSubmittedPaths(["territoryCodes"]);
            } else if (response?.data?.saved) setSaved(true);
          },
          (invalid) => {
            setSaved(false);
            setSubmittedPaths(
              paths.filter(
                (path) => errorKeyAt(invalid, path) !== undefined || (path === "persons" && invalid.persons?.root),
              ),
            );
          },
        )}
      >
        <FormStatus
          summary={summary}
          saved={saved && t("organisationProfile.saved")}
          serverError={save.result.serverError}
        />
        <FormField
          id={fieldId("mission")}
          name="mission"
          label={t("organisationProfile.mission")}
          error={message("mission")}
        >
          {(props) => <input {...props} {...form.register("mission")} maxLength={300} className={inputClassName} />}
        </FormField>
        <FormField
          id={fieldId("description")}
          name="description"
          label={t("organisationProfile.description")}
          hint={t("organisationProfile.descriptionHint")}
          error={message("description")}
        >
          {(props) => <textarea {...props} {...form.register("description")} rows={10} className={inputClassName} />}
        </FormField>
        {number("foundedYear", t("organisationProfile.foundedYear"))}
        <fieldset className="mb-5">
          <legend className="font-semibold">{t("organisationProfile.counts")}</legend>
          <div className="mt-2 grid gap-x-4 sm:grid-cols-3">
            {number("membersCount", t("organisationProfile.membersCount"))}
            {number("volunteersCount", t("organisationProfile.volunteersCount"))}
            {number("staffCount", t("organisationProfile.staffCount"))}
          </div>
        </fieldset>

        <fieldset className="mb-5">
          <legend className="font-semibold">{t("organisationProfile.targetGroups")}</legend>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {targetGroups.map((group) => (
              <li key={group} className="flex items-start gap-3">
                <input
                  id={fieldId(`group-${group}`)}
                  type="checkbox"
                  value={group}
                  {...form.register("targetGroups")}
                  className="mt-1 h-5 w-5"
                />
                <label htmlFor={fieldId(`group-${group}`)}>{t(`targetGroups.${group}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset
          className={`mb-5 ${message("territoryCodes") ? "border-l-4 border-red-800 pl-3" : ""}`}
          aria-describedby={`${fieldId("territoryCodes")}-hint`}
        >
          <legend className="font-semibold">{t("organisationProfile.territories")}</legend>
          <p id={`${fieldId("territoryCodes")}-hint`} className="text-sm text-slate-700">
            {t("organisationProfile.territoriesHint")}
          </p>
          {message("territoryCodes") && <p className="font-semibold text-red-800">{message("territoryCodes")}</p>}
          <div className="mt-2 flex items-start gap-3">
            <input
              id={fieldId("territoryCodes")}
              type="checkbox"
              value={territories.region.code}
              {...form.register("territoryCodes")}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={fieldId("territoryCodes")}>
              {t("organisationProfile.region", { name: territories.region.name })}
            </label>
          </div>
          <ul className="mt-2 space-y-2">
            {territories.powiats.map((powiat) => (
              <li key={powiat.code}>
                <div className="flex items-start gap-3">
                  <input
                    id={fieldId(`territory-${powiat.code}`)}
                    type="checkbox"
                    value={powiat.code}
                    {...form.register("territoryCodes")}
                    className="mt-1 h-5 w-5"
                  />
                  <label htmlFor={fieldId(`territory-${powiat.code}`)} lang="pl">
                    {powiat.name}
                  </label>
                </div>
                {powiat.gminas.length > 1 && (
                  <details className="ml-8">
                    <summary className="min-h-11 cursor-pointer py-2">
                      {t("organisationProfile.gminasOf", { powiat: powiat.name })}
                    </summary>
                    <ul className="grid gap-1 sm:grid-cols-2">
                      {powiat.gminas.map((gmina) => (
                        <li key={gmina.code} className="flex items-start gap-3">
                          <input
                            id={fieldId(`territory-${gmina.code}`)}
                            type="checkbox"
                            value={gmina.code}
                            {...form.register("territoryCodes")}
                            className="mt-1 h-5 w-5"
                          />
                          <label htmlFor={fieldId(`territory-${gmina.code}`)} lang="pl">
                            {gmina.name}
                          </label>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset className="mb-5">
          <legend className="text-xl font-bold">{t("organisationProfile.contacts")}</legend>
          <p className="text-sm text-slate-700">{t("organisationProfile.contactsIntro")}</p>
          {contactKinds.map((kind) => {
            const label = t(`organisationProfile.kinds.${kind}`);
            return (
              <div key={kind} className="mt-3 grid gap-x-4 sm:grid-cols-[2fr_1fr]">
                <FormField
                  id={fieldId(`contacts.${kind}.value`)}
                  name={`contacts.${kind}.value`}
                  label={label}
                  error={message(`contacts.${kind}.value`)}
                >
                  {(props) => (
                    <input
                      {...props}
                      {...form.register(`contacts.${kind}.value`)}
                      type={kind === "EMAIL" ? "email" : kind === "PHONE" ? "tel" : "url"}
                      autoComplete="off"
                      className={inputClassName}
                    />
                  )}
                </FormField>
                {visibilitySelect(`contacts.${kind}.visibility`, t("organisationProfile.visibility", { field: label }))}
              </div>
            );
          })}
        </fieldset>

        <fieldset className="mb-5">
          <legend className="text-xl font-bold">{t("organisationProfile.persons")}</legend>
          <p className="text-sm text-slate-700">{t("organisationProfile.personsIntro")}</p>
          {persons.fields.map((field, index) => {
            const number = index + 1;
            return (
              <fieldset key={field.id} className="mt-4 rounded border-2 border-slate-300 p-4">
                <legend className="px-1 font-semibold">{t("organisationProfile.person", { number })}</legend>
                {(["name", "function", "email", "phone"] as const).map((part) => (
                  <FormField
                    key={part}
                    id={fieldId(`persons.${index}.${part}`)}
                    name={`persons.${index}.${part}`}
                    label={t(
                      `organisationProfile.person${part.charAt(0).toUpperCase()}${part.slice(1)}` as "organisationProfile.personName",
                    )}
                    error={message(`persons.${index}.${part}`)}
                    required={part === "name"}
                  >
                    {(props) => (
                      <input
                        {...props}
                        {...form.register(`persons.${index}.${part}`)}
                        type={part === "email" ? "email" : part === "phone" ? "tel" : "text"}
                        className={inputClassName}
                      />
                    )}
                  </FormField>
                ))}
                {visibilitySelect(`persons.${index}.visibility`, t("organisationProfile.personVisibility"))}
                <Button variant="secondary" onClick={() => persons.remove(index)}>
                  {t("organisationProfile.removePerson", { number })}
                </Button>
              </fieldset>
            );
          })}
          {persons.fields.length < MAX_CONTACT_PERSONS && (
            <Button
              variant="secondary"
              className="mt-4"
              id={fieldId("persons")}
              onClick={() => {
                persons.append(
                  { name: "", function: "", email: "", phone: "", visibility: "SIGNED_IN" },
                  { shouldFocus: false },
                );
                focusPerson.current = persons.fields.length;
              }}
            >
              {t("organisationProfile.addPerson")}
            </Button>
          )}
        </fieldset>

        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("organisationProfile.saving") : t("organisationProfile.save")}
        </Button>
      </form>
    </section>
  );
}
