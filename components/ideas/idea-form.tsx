"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { TopicFields } from "@/components/forms/topic-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { SimilarIdeas } from "@/components/ideas/similar-ideas";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { createIdeaAction } from "@/lib/ideas/actions";
import { ideaFormSchema, ideaKinds, MAX_IDEA_BODY, MAX_IDEA_TITLE, type IdeaFormInput } from "@/lib/ideas/schemas";
import type { TopicOptions } from "@/lib/reference-data/topic-options";

const FIELDS = [
  "kind",
  "addressee",
  "title",
  "body",
  "sphereIds",
  "territoryCodes",
  "taskScope",
  "taskPlaceAndTime",
  "taskExpectedResults",
  "taskEstimatedCost",
  "actingFor",
  "imageIds",
] as const;
const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `idea-${field}`])) as Record<
  (typeof FIELDS)[number],
  string
>;
const newKey = () => crypto.randomUUID().replace(/-/g, "");

/**
 * Writing a new entry: its kind, addressee, title (with similar entries shown
 * as it is typed), description, spheres and territories, a task proposal's
 * fields, and for whom. One browser key per press of "send".
 */
export function IdeaForm({
  offices,
  options,
  personName,
  organisations,
}: {
  offices: { id: string; name: string }[];
  options: TopicOptions;
  personName: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("ideas");
  const router = useRouter();
  const { form, submit, pending, message, status } = useActionForm(
    async (fields: IdeaFormInput) => createIdeaAction({ ...fields, submissionKey: fields.submissionKey ?? newKey() }),
    ideaFormSchema,
    {
      defaultValues: {
        kind: "NEED",
        addressee: "",
        title: "",
        body: "",
        sphereIds: [],
        territoryCodes: [],
        imageIds: [],
        taskScope: "",
        taskPlaceAndTime: "",
        taskExpectedResults: "",
        taskEstimatedCost: "",
        actingFor: "",
        submissionKey: newKey(),
      },
      fieldIds,
      onSuccess: (data) => {
        if (data && "slug" in data) router.push({ pathname: "/ideas/[slug]", params: { slug: data.slug } });
      },
    },
  );
  const [kind, title] = useWatch({ control: form.control, name: ["kind", "title"] });
  return (
    <form noValidate onSubmit={submit} aria-label={t("form.newTitle")} className="mt-6 max-w-3xl">
      <FormStatus {...status} />
      <fieldset className="mb-5">
        <legend className="font-semibold">{t("form.kind")}</legend>
        {ideaKinds.map((value, index) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={index === 0 ? fieldIds.kind : `${fieldIds.kind}-${value}`}
              type="radio"
              value={value}
              {...form.register("kind")}
              aria-describedby={`${fieldIds.kind}-${value}-hint`}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={index === 0 ? fieldIds.kind : `${fieldIds.kind}-${value}`}>
              <span className="font-semibold">{t(`kinds.${value}`)}</span>
              <span id={`${fieldIds.kind}-${value}-hint`} className="block text-slate-800">
                {t(`kindHints.${value}`)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={fieldIds.addressee}
        name="addressee"
        label={t("form.addressee")}
        hint={t("form.addresseeHint")}
        error={message("addressee")}
        required
      >
        {(props) => (
          <select {...props} {...form.register("addressee")} className={inputClassName}>
            <option value="" />
            {offices.map((office) => (
              <option key={office.id} value={`institution:${office.id}`} lang="pl">
                {office.name}
              </option>
            ))}
            <option value="operator">{t("addressees.OPERATOR")}</option>
            <option value="council">{t("addressees.COUNCIL")}</option>
          </select>
        )}
      </FormField>
      <FormField
        id={fieldIds.title}
        name="title"
        label={t("form.titleField")}
        hint={t("form.titleHint")}
        error={message("title")}
        required
      >
        {(props) => (
          <input {...props} {...form.register("title")} maxLength={MAX_IDEA_TITLE} className={inputClassName} />
        )}
      </FormField>
      <SimilarIdeas title={title} />
      <FormField
        id={fieldIds.body}
        name="body"
        label={t("form.body")}
        hint={t("form.bodyHint")}
        error={message("body")}
        required
      >
        {(props) => (
          <textarea
            {...props}
            {...form.register("body")}
            rows={10}
            maxLength={MAX_IDEA_BODY}
            className={inputClassName}
          />
        )}
      </FormField>
      {kind === "TASK_PROPOSAL" && (
        <fieldset className="mb-5 rounded border-2 border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t("form.taskHeading")}</legend>
          {(["taskScope", "taskPlaceAndTime", "taskExpectedResults"] as const).map((field) => (
            <FormField
              key={field}
              id={fieldIds[field]}
              name={field}
              label={t(`form.${field}`)}
              error={message(field)}
              required
            >
              {(props) => <textarea {...props} {...form.register(field)} rows={4} className={inputClassName} />}
            </FormField>
          ))}
          <FormField
            id={fieldIds.taskEstimatedCost}
            name="taskEstimatedCost"
            label={t("form.taskEstimatedCost")}
            hint={t("form.taskEstimatedCostHint")}
            error={message("taskEstimatedCost")}
            required
          >
            {(props) => (
              <input
                {...props}
                {...form.register("taskEstimatedCost")}
                inputMode="decimal"
                className={inputClassName}
              />
            )}
          </FormField>
        </fieldset>
      )}
      <TopicFields
        options={options}
        ids={{ sphereIds: fieldIds.sphereIds, territoryCodes: fieldIds.territoryCodes }}
        labels={{ sphereIds: t("form.spheres"), territoryCodes: t("form.territories") }}
        register={{ sphereIds: form.register("sphereIds"), territoryCodes: form.register("territoryCodes") }}
      />
      <ActingAsFieldset
        id={fieldIds.actingFor}
        personName={personName}
        organisations={organisations}
        register={form.register("actingFor")}
      />
      <Button type="submit" disabled={pending}>
        {t("form.submit")}
      </Button>
    </form>
  );
}
