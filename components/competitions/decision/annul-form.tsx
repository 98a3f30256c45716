"use client";

// Annulling a task under art. 18a UDPP: the ground (no offer submitted, or
// none met the announcement's requirements) and the reason. The server refuses
// a ground that is not true of the task's offers (ANNULMENT_GROUND_FALSE).
import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { competitionWords, useCompetitionForm } from "@/components/competitions/public/use-competition-form";
import { Button } from "@/components/ui/button";
import { annulTaskAction } from "@/lib/competitions/decision/actions";
import { annulmentObject } from "@/lib/competitions/decision/schemas";

export function AnnulForm({
  competitionId,
  taskId,
  suggested,
}: {
  competitionId: string;
  taskId: string;
  /** The ground the task's offers make true, if any: preselected. */
  suggested: "NO_OFFERS" | "NO_VALID_OFFER" | null;
}) {
  const t = useTranslations("competitionDecision");
  const ids = {
    ground: `annul-ground-${taskId}`,
    reason: `annul-reason-${taskId}`,
    actReference: `annul-act-${taskId}`,
  };
  const { values, set, submit, pending, message, status } = useCompetitionForm(
    competitionWords(t),
    annulmentObject,
    { ground: suggested ?? "", reason: "", actReference: "" },
    ids,
    (fields) => annulTaskAction({ ...fields, ground: fields.ground as "NO_OFFERS", competitionId, taskId }),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-2">
      <FormStatus {...status} saved={status.saved && t("annul.saved")} />
      <FormField id={ids.ground} name="ground" label={t("annul.ground")} error={message("ground")} required>
        {(props) => (
          <select
            {...props}
            value={values.ground}
            onChange={(e) => set("ground", e.target.value)}
            className={`${inputClassName} max-w-xl`}
          >
            <option value="">{t("annul.chooseGround")}</option>
            <option value="NO_OFFERS">{t("grounds.NO_OFFERS")}</option>
            <option value="NO_VALID_OFFER">{t("grounds.NO_VALID_OFFER")}</option>
          </select>
        )}
      </FormField>
      <FormField id={ids.reason} name="reason" label={t("annul.reason")} error={message("reason")} required>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={values.reason}
            onChange={(e) => set("reason", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField
        id={ids.actReference}
        name="actReference"
        label={t("decide.actReference")}
        error={message("actReference")}
      >
        {(props) => (
          <input
            {...props}
            value={values.actReference}
            onChange={(e) => set("actReference", e.target.value)}
            className={`${inputClassName} max-w-96`}
          />
        )}
      </FormField>
      <Button type="submit" variant="secondary" busy={pending}>
        {t("annul.submit")}
      </Button>
    </form>
  );
}
