"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { TopicFields } from "@/components/forms/topic-fields";
import { ImageAttachments, type AttachedImage } from "@/components/forum/image-attachments";
import { useActionForm } from "@/components/forms/use-action-form";
import { SimilarIdeas } from "@/components/ideas/similar-ideas";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { createIdeaAction, updateIdeaAction } from "@/lib/ideas/actions";
import { ideaImagePath } from "@/lib/ideas/body";
import { ideaFormSchema, ideaKinds, MAX_IDEA_IMAGES, type IdeaFormInput } from "@/lib/ideas/schemas";
import type { InstitutionKind as OfficeKind } from "@/lib/generated/prisma/enums";
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
const fieldIds = {
  ...(Object.fromEntries(FIELDS.map((field) => [field, `idea-${field}`])) as Record<(typeof FIELDS)[number], string>),
  // The error summary leads to the first control of a group: the picture's file, the first "acting as" choice.
  imageIds: "idea-images-file",
  actingFor: "idea-actingFor-0",
};
const OFFICE_KINDS: readonly OfficeKind[] = ["VOIVODESHIP_OFFICE", "POWIAT_OFFICE", "GMINA_OFFICE"];
const newKey = () => crypto.randomUUID().replace(/-/g, "");

/** A new entry's fields, empty. */
export const emptyIdeaFields: IdeaFormInput = {
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
};

/**
 * Writing an entry: a new one (its kind, addressee, title with similar
 * entries shown as it is typed, description with pictures, spheres and
 * territories, a task proposal's fields, and for whom; one browser key per
 * press of "send"), or its writer's edit (a public entry's kind and addressee
 * stay, and the change follows the board's moderation).
 */
export function IdeaForm({
  target = { create: true },
  defaultValues = emptyIdeaFields,
  images: initialImages = [],
  offices,
  options,
  personName,
  organisations,
  fixedAddressee = false,
}: {
  target?: { create: true } | { ideaId: string };
  defaultValues?: IdeaFormInput;
  images?: AttachedImage[];
  /** In the order shown, grouped by kind (lib/ideas/queries.ts addressableOffices). */
  offices: { id: string; name: string; kind: OfficeKind }[];
  options: TopicOptions;
  personName: string;
  organisations: { id: string; name: string }[];
  /** A public entry's kind and addressee cannot change (its answer clock runs for that addressee). */
  fixedAddressee?: boolean;
}) {
  const t = useTranslations("ideas");
  const router = useRouter();
  const [images, setImages] = useState<AttachedImage[]>(initialImages);
  const [submissionKey] = useState(newKey);
  const creating = "create" in target;
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    async ({ actingFor, submissionKey: _key, ...fields }: IdeaFormInput) => {
      const imageIds = images.map((image) => image.id);
      return "ideaId" in target
        ? updateIdeaAction({ ...fields, imageIds, ideaId: target.ideaId })
        : createIdeaAction({ ...fields, imageIds, actingFor, submissionKey });
    },
    ideaFormSchema,
    {
      defaultValues,
      fieldIds,
      onSuccess: (data) => {
        if (data && "held" in data) setHeld(data.held);
        // `nowy` tells the entry page to confirm a publication to its writer.
        if (creating && data && "slug" in data)
          router.push({ pathname: "/ideas/[slug]", params: { slug: data.slug }, query: { nowy: "1" } });
      },
    },
  );
  const [kind, title] = useWatch({ control: form.control, name: ["kind", "title"] });
  const [held, setHeld] = useState(false);
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={creating ? t("form.newTitle") : t("form.editTitle")}
      className="mt-6 max-w-3xl"
    >
      <FormStatus
        {...status}
        saved={saved && !creating && (held ? t("form.savedHeld") : t("form.saved"))}
        refused={refused && t(`form.refusals.${refused}`)}
      />
      {fixedAddressee ? (
        <p className="mb-5">{t("form.fixedAddressee", { kind: t(`kinds.${defaultValues.kind ?? "NEED"}`) })}</p>
      ) : (
        <>
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
                <option value="">{t("form.addresseeChoose")}</option>
                {OFFICE_KINDS.map((kind) => (
                  <optgroup key={kind} label={t(`addresseeGroups.${kind}`)}>
                    {offices
                      .filter((office) => office.kind === kind)
                      .map((office) => (
                        <option key={office.id} value={`institution:${office.id}`} lang="pl">
                          {office.name}
                        </option>
                      ))}
                  </optgroup>
                ))}
                <optgroup label={t("addresseeGroups.PLATFORM")}>
                  <option value="operator">{t("addressees.OPERATOR")}</option>
                  <option value="council">{t("addressees.COUNCIL")}</option>
                </optgroup>
              </select>
            )}
          </FormField>
        </>
      )}
      {/* No maxLength on the fields: a browser cuts pasted text silently; the schema says what is too long. */}
      <FormField
        id={fieldIds.title}
        name="title"
        label={t("form.titleField")}
        hint={t("form.titleHint")}
        error={message("title")}
        required
      >
        {(props) => <input {...props} {...form.register("title")} className={inputClassName} />}
      </FormField>
      {creating && <SimilarIdeas title={title} />}
      <FormField
        id={fieldIds.body}
        name="body"
        label={t("form.body")}
        hint={t("form.bodyHint")}
        error={message("body")}
        required
      >
        {(props) => <textarea {...props} {...form.register("body")} rows={10} className={inputClassName} />}
      </FormField>
      <ImageAttachments
        idPrefix="idea-images"
        images={images}
        onChange={setImages}
        error={message("imageIds")}
        endpoint="/api/ideas/images"
        max={MAX_IDEA_IMAGES}
        insert={{
          label: t("images.insert"),
          onInsert: (image) => {
            const body = form.getValues("body");
            const markdown = `![${image.alt.replace(/[[\]\\]/g, "")}](${ideaImagePath(image.id)})`;
            form.setValue("body", `${body.trimEnd()}${body.trim() ? "\n\n" : ""}${markdown}\n`);
            form.setFocus("body");
          },
        }}
      />
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
      {creating && (
        <ActingAsFieldset
          id="idea-actingFor"
          personName={personName}
          organisations={organisations}
          register={form.register("actingFor")}
        />
      )}
      <Button type="submit" disabled={pending}>
        {creating ? t("form.submit") : t("form.save")}
      </Button>
    </form>
  );
}
