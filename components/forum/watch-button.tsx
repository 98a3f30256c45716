"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { watchAction } from "@/lib/forum/actions";

/** Watching a thread (every reply) or a category (every new thread) through the notification service. */
export function WatchButton({
  type,
  id,
  watching: initially,
}: {
  type: "ForumThread" | "ForumCategory";
  id: string;
  watching: boolean;
}) {
  const t = useTranslations("forum");
  const [watching, setWatching] = useState(initially);
  const watch = useAction(watchAction, { onSuccess: ({ data }) => data && setWatching(data.watching) });
  const thread = type === "ForumThread";
  return (
    <div className="mt-3">
      <Button
        variant="secondary"
        aria-pressed={watching}
        disabled={watch.isPending}
        onClick={() => watch.execute({ type, id, watch: !watching })}
      >
        {thread ? t("watchThread") : t("watchCategory")}
      </Button>
      <p role="status" className="mt-1 text-slate-700">
        {watching ? (thread ? t("watchingThread") : t("watchingCategory")) : t("watchHint")}
      </p>
      <FormStatus serverError={watch.result.serverError} />
    </div>
  );
}
