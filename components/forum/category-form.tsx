"use client";

import { useTranslations } from "next-intl";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createCategoryAction, updateCategoryAction } from "@/lib/forum/actions";
import { categoryFieldsSchema, type CategoryFieldsInput } from "@/lib/forum/schemas";

const LANGUAGES = ["pl", "en", "de"] as const;
const ACCESS = ["SIGNED_IN", "REPRESENTATIVES", "OFFICIALS"] as const;

/** A forum category's names and descriptions in the three languages, and who reads and writes there. */
export function CategoryForm({
  categoryId,
  defaultValues,
  idPrefix,
}: {
  categoryId?: string;
  defaultValues?: CategoryFieldsInput;
  idPrefix: string;
}) {
  const t = useTranslations("forumAdmin");
  const tr = useTranslations();
  const editing = categoryId !== undefined;
  const fields = [...LANGUAGES.map((l) => `name.${l}`), ...LANGUAGES.map((l) => `description.${l}`), "access"];
  const fieldIds = Object.fromEntries(fields.map((field) => [field, `${idPrefix}-${field.replace(".", "-")}`]));
  const empty = { pl: "", en: "", de: "" };
  const { form, submit, pending, message, saved, status } = useActionForm(
    async (fields: CategoryFieldsInput) =>
      categoryId === undefined ? createCategoryAction(fields) : updateCategoryAction({ ...fields, categoryId }),
    categoryFieldsSchema,
    {
      defaultValues: defaultValues ?? { name: empty, description: empty, access: "SIGNED_IN", openToPublic: false },
      fieldIds,
      onSuccess: (_, { form }) => {
        if (!editing) form.reset();
      },
    },
  );

  return (
    <form
      noValidate
      aria-label={editing ? t("editForm", { name: defaultValues?.name.pl ?? "" }) : t("createHeading")}
      className="mt-4 max-w-3xl"
      onSubmit={submit}
    >
      <FormStatus {...status} saved={saved && (editing ? t("saved") : t("created"))} />
      {(["name", "description"] as const).map((part) => (
        <fieldset key={part} className="mb-4">
          <legend className="text-lg font-bold">{t(`${part}Legend`)}</legend>
          {LANGUAGES.map((language) => (
            <FormField
              key={language}
              id={fieldIds[`${part}.${language}`]!}
              name={`${part}.${language}`}
              label={t(`languages.${language}`)}
              error={message(`${part}.${language}`)}
              required
            >
              {(props) =>
                part === "name" ? (
                  <input {...props} {...form.register(`name.${language}`)} lang={language} className={inputClassName} />
                ) : (
                  <textarea
                    {...props}
                    {...form.register(`description.${language}`)}
                    lang={language}
                    rows={2}
                    className={inputClassName}
                  />
                )
              }
            </FormField>
          ))}
        </fieldset>
      ))}
      <FormField id={fieldIds.access!} name="access" label={t("access")} error={message("access")} required>
        {(props) => (
          <select {...props} {...form.register("access")} className={inputClassName}>
            {ACCESS.map((access) => (
              <option key={access} value={access}>
                {tr(`forum.access.${access}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="mb-5 flex items-start gap-3">
        <input
          id={`${idPrefix}-openToPublic`}
          type="checkbox"
          {...form.register("openToPublic")}
          className={checkboxClassName}
        />
        <label htmlFor={`${idPrefix}-openToPublic`}>{t("openToPublic")}</label>
      </div>
      <Button type="submit" disabled={pending}>
        {editing ? t("save") : t("create")}
      </Button>
    </form>
  );
}
