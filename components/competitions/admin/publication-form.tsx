"use client";

import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { savePublicationAction } from "@/lib/competitions/actions";
import { publicationObject, type PublicationInput } from "@/lib/competitions/schemas";
import type { PublicationChannel } from "@/lib/generated/prisma/enums";

/** The day the announcement appeared in one channel (BIP with its address); saving again replaces it. */
export function PublicationForm({
  competitionId,
  channel,
  defaultValues,
}: {
  competitionId: string;
  channel: PublicationChannel;
  defaultValues: Omit<PublicationInput, "channel">;
}) {
  const t = useTranslations();
  const fieldIds = { publishedOn: `publication-${channel}-day`, url: `publication-${channel}-url` };
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    savePublicationAction,
    publicationObject,
    {
      defaultValues: { ...defaultValues, channel },
      fieldIds,
      toInput: (fields) => ({ ...fields, channel, competitionId }),
    },
  );
  const name = t(`competitionsAdmin.channels.${channel}`);
  return (
    <form noValidate className="mt-3 border-l-4 border-slate-300 pl-3" onSubmit={submit} aria-label={name}>
      <h4 className="font-bold">{name}</h4>
      <FormStatus
        {...status}
        refused={refused && t(`competitionsAdmin.refusals.${refused}`)}
        saved={saved && t("competitionsAdmin.saved")}
      />
      <FormField
        id={fieldIds.publishedOn}
        name="publishedOn"
        label={t("competitionsAdmin.publicationDay", { channel: name })}
        error={message("publishedOn")}
        required={channel !== "PRESS"}
      >
        {(props) => (
          <input {...props} {...form.register("publishedOn")} type="date" className={`${inputClassName} max-w-64`} />
        )}
      </FormField>
      {channel !== "NOTICE_BOARD" && (
        <FormField
          id={fieldIds.url}
          name="url"
          label={t("competitionsAdmin.publicationUrl", { channel: name })}
          error={message("url")}
          required={channel === "BIP"}
        >
          {(props) => <input {...props} {...form.register("url")} type="url" className={inputClassName} />}
        </FormField>
      )}
      <Button type="submit" disabled={pending}>
        {t("competitionsAdmin.savePublication", { channel: name })}
      </Button>
    </form>
  );
}
