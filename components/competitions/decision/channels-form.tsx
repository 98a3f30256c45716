"use client";

// The days the office published the results in BIP, on its notice board and
// on its website (art. 13 ust. 3 UDPP), and the BIP address: the 30 days for
// reasons requests count from the last of the three once all are recorded.
import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { competitionWords, useCompetitionForm } from "@/components/competitions/public/use-competition-form";
import { Button } from "@/components/ui/button";
import { recordChannelsAction } from "@/lib/competitions/decision/actions";
import { channelsObject, type ChannelsInput } from "@/lib/competitions/decision/schemas";

export function ChannelsForm({
  competitionId,
  noticeId,
  current,
}: {
  competitionId: string;
  noticeId: string;
  current: ChannelsInput;
}) {
  const t = useTranslations("competitionDecision");
  const ids = {
    bipOn: `bip-${noticeId}`,
    noticeBoardOn: `board-${noticeId}`,
    websiteOn: `website-${noticeId}`,
    bipUrl: `bip-url-${noticeId}`,
  };
  const { values, set, submit, pending, message, status } = useCompetitionForm(
    competitionWords(t),
    channelsObject,
    current,
    ids,
    (fields) => recordChannelsAction({ ...fields, competitionId, noticeId }),
    "keep",
  );
  return (
    <form noValidate onSubmit={submit} className="mt-2">
      <FormStatus {...status} saved={status.saved && t("channels.saved")} />
      <div className="flex flex-wrap gap-4">
        {(["bipOn", "noticeBoardOn", "websiteOn"] as const).map((name) => (
          <FormField key={name} id={ids[name]} name={name} label={t(`channels.${name}`)} error={message(name)}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={values[name]}
                onChange={(e) => set(name, e.target.value)}
                className={`${inputClassName} max-w-48`}
              />
            )}
          </FormField>
        ))}
      </div>
      <FormField id={ids.bipUrl} name="bipUrl" label={t("channels.bipUrl")} error={message("bipUrl")}>
        {(props) => (
          <input
            {...props}
            type="url"
            value={values.bipUrl}
            onChange={(e) => set("bipUrl", e.target.value)}
            className={`${inputClassName} max-w-xl`}
          />
        )}
      </FormField>
      <Button type="submit" variant="secondary" busy={pending}>
        {t("channels.submit")}
      </Button>
    </form>
  );
}
