"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { followOrganisationAction } from "@/lib/notifications/actions";

/** Follow an organisation: its news reaches the person through their notifications. */
export function FollowOrganisationButton({
  organisationId,
  following,
}: {
  organisationId: string;
  following: boolean;
}) {
  const t = useTranslations("subscriptions");
  const action = useAction(followOrganisationAction);
  const now = action.result.data ? action.result.data.following : following;
  return (
    <Button
      variant="secondary"
      aria-pressed={now}
      busy={action.isPending}
      onClick={() => action.execute({ organisationId, follow: !now })}
    >
      {now ? t("following") : t("follow")}
    </Button>
  );
}
