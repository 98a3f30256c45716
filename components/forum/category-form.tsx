"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createCategoryAction, updateCategoryAction } from "@/lib/forum/actions";
import { categoryFieldsSchema, updateCategorySchema, type CategoryFieldsInput } from "@/lib/forum/schemas";
import { useRouter } from "@/lib/i18n/navigation";

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
  const router = useRouter();
  const editing = categoryId !== undefined;
  const fields = [...LANGUAGES.map((l) => `name.${l}`), ...LANGUAGES.map((l) => `description.${l}`), "access"];
  const fieldIds = Object.fromEntries(fields.map((field) => [field, `${idPrefix}-${field.replace(".", "-")}`]));
  const empty = { pl: "", en: "", de: "" };
  const form = useForm<CategoryFieldsInput & { categoryId?: string }>({
    shouldFocusError: false,
    resolver: zodResolver((editing ? updateCategorySchema : categoryFieldsSchema) as never),
    defaultValues: {
      ...(defaultValues ?? { name: empty, description: empty, access: "SIGNED_IN", openToPublic: false }),
      ...(editing ? { categoryId } : {}),
    },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, fieldIds);
  const create = useAction(createCategoryAction);
  const update = useAction(updateCategoryAction);
  const [done, setDone] = useState(false);
  const serverError = create.result.serverError ?? update.result.serverError;

  return (
    <form
      noValidate
      aria-label={editing ? t("editForm", { name: defaultValues?.name.pl ?? "" }) : t("createHeading")}
      className="mt-4 max-w-3xl"
      onSubmit={form.handleSubmit(async () => {
        setDone(false);
        const values = form.getValues();
        const response = editing
          ? await update.executeAsync(values as never)
          : await create.executeAsync(values as never);
        if (applyServerFieldErrors(form.setError, response?.validationErrors, fieldIds)) return;
        if (response?.data) {
          setDone(true);
          if (!editing) form.reset();
          router.refresh();
        }
      })}
    >
      <ErrorSummary errors={summary} />
      {done && (
        <Alert tone="success" live>
          {editing ? t("saved") : t("created")}
        </Alert>
      )}
      {serverError && (
        <Alert tone="error" live>
          {tr(`errors.${serverError}` as never)}
        </Alert>
      )}
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
      <Button type="submit" disabled={create.isPending || update.isPending}>
        {editing ? t("save") : t("create")}
      </Button>
    </form>
  );
}
