"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import {
  closeInstitutionRequestAction,
  closeOrganisationRequestAction,
  renewInstitutionRequestAction,
  renewOrganisationRequestAction,
} from "@/lib/partnerships/requests/actions";
import { closeRequestFormSchema, renewRequestFormSchema, withReplyWindow } from "@/lib/partnerships/requests/schemas";
import type { z } from "zod";

type Target = { requestId: string; slug: string; kind: "organisation" | "institution"; title: string };

function RenewForm({ target, rules }: { target: Target; rules: ManageRules }) {
  const t = useTranslations("partnerRequests.manage");
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    (values: z.input<typeof renewRequestFormSchema>) => {
      const input = { ...values, requestId: target.requestId };
      return target.kind === "organisation"
        ? renewOrganisationRequestAction(input)
        : renewInstitutionRequestAction(input);
    },
    withReplyWindow(renewRequestFormSchema, rules),
    {
      defaultValues: { repliesCloseOn: "" },
      fieldIds: { repliesCloseOn: "partner-request-renew-date" },
      messageValues: { partnerRequestClosesTooLate: { latest: rules.latest } },
    },
  );
  return (
    <form noValidate onSubmit={submit} aria-labelledby="partner-request-renew-heading" className="mt-4">
      <h3 id="partner-request-renew-heading" className="text-xl font-semibold">
        {t("renewHeading")}
      </h3>
      <FormStatus {...status} saved={saved && t("renewed")} refused={refused && t(`refusals.${refused}`)} />
      <FormField
        id="partner-request-renew-date"
        name="repliesCloseOn"
        label={t("renewDate")}
        hint={t("renewHint", { days: rules.maxReplyDays, since: rules.since, latest: rules.latest })}
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
      <Button type="submit" busy={pending}>
        {t("renew")}
      </Button>
    </form>
  );
}

function CloseForm({ target }: { target: Target }) {
  const t = useTranslations("partnerRequests.manage");
  const { form, submit, pending, message, refused, status } = useActionForm(
    (values: z.input<typeof closeRequestFormSchema>) => {
      const input = { ...values, requestId: target.requestId };
      return target.kind === "organisation"
        ? closeOrganisationRequestAction(input)
        : closeInstitutionRequestAction(input);
    },
    closeRequestFormSchema,
    { defaultValues: { note: "" }, fieldIds: { note: "partner-request-close-note" } },
  );
  // A closed request cannot be opened again: the first press asks to confirm, the second closes.
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        if (confirming) return submit(event);
        event.preventDefault();
        setConfirming(true);
      }}
      aria-labelledby="partner-request-close-heading"
      className="mt-6"
    >
      <h3 id="partner-request-close-heading" className="text-xl font-semibold">
        {t("closeHeading")}
      </h3>
      <p className="mt-1">{t("closeIntro")}</p>
      <FormStatus {...status} refused={refused && t(`refusals.${refused}`)} />
      <FormField
        id="partner-request-close-note"
        name="note"
        label={t("closeNote")}
        hint={t("closeNoteHint")}
        error={message("note")}
      >
        {(props) => <textarea {...props} {...form.register("note")} rows={3} className={inputClassName} />}
      </FormField>
      {confirming ? (
        <div ref={confirm} tabIndex={-1} role="group" aria-labelledby="partner-request-close-confirm">
          <p id="partner-request-close-confirm" className="mb-3 font-semibold">
            {t("closeConfirm")}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" busy={pending}>
              {t("closeConfirmButton")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("closeCancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" variant="danger">
          {t("close")}
        </Button>
      )}
    </form>
  );
}

export type ManageRules = {
  maxReplyDays: number;
  since: string;
  latest: string;
  latestDay: string;
  earliestDay: string;
};

/** The party's tools on its request's page: edit, renew (with a new closing day) and close (with an optional note). */
export function PartnerRequestManage({ target, rules }: { target: Target; rules: ManageRules }) {
  const t = useTranslations("partnerRequests.manage");
  return (
    <section
      id="partner-request-manage"
      aria-labelledby="partner-request-manage-heading"
      className="mt-8 max-w-3xl rounded border-2 border-slate-300 p-4"
    >
      <h2 id="partner-request-manage-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-3">
        <ButtonLink variant="secondary" href={{ pathname: "/partnerships/[slug]/edit", params: { slug: target.slug } }}>
          {t("edit")}
        </ButtonLink>
      </p>
      <RenewForm target={target} rules={rules} />
      <CloseForm target={target} />
    </section>
  );
}
