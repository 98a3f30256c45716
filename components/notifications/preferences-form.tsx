"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { EmailChannel } from "@/lib/generated/prisma/enums";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { messageKeyOf, type NotificationType } from "@/lib/notifications/types";

const channels: EmailChannel[] = ["IMMEDIATE", "DAILY", "WEEKLY", "OFF"];

/** One radio group per type of notification: at once, daily, weekly, or not by e-mail. */
export function PreferencesForm({ preferences }: { preferences: { type: NotificationType; channel: EmailChannel }[] }) {
  const t = useTranslations("notificationSettings");
  const tTypes = useTranslations("notifications.typeNames");
  const save = useAction(saveNotificationPreferencesAction);
  return (
    <form
      className="mt-6 max-w-3xl"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        save.execute({
          preferences: preferences.map(({ type }) => ({ type, channel: String(data.get(type)) as EmailChannel })),
        });
      }}
    >
      {save.result.data?.saved && (
        <Alert tone="success" live>
          {t("saved")}
        </Alert>
      )}
      {save.result.serverError && (
        <Alert tone="error" live>
          {t("failed")}
        </Alert>
      )}
      {preferences.map(({ type, channel }) => {
        const key = messageKeyOf(type);
        return (
          <fieldset key={type} className="mb-6">
            <legend className="font-semibold">{tTypes(key)}</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {channels.map((option) => (
                <div key={option} className="flex items-center gap-2">
                  <input
                    type="radio"
                    id={`${key}-${option}`}
                    name={type}
                    value={option}
                    defaultChecked={option === channel}
                    className="h-6 w-6 accent-blue-800"
                  />
                  <label htmlFor={`${key}-${option}`}>{t(`channels.${option}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <Button type="submit" disabled={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
