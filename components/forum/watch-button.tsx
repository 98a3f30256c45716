"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { watchAction } from "@/lib/forum/actions";

/**
 * Watching a thread (every reply) or a category (every new thread) through
 * the notification service. `compact`: one button high, for a place kept for
 * it before it comes (a thread's page); what it says is then read out but not
 * shown, and a tick on the button shows that the reader watches.
 */
export function WatchButton({
  type,
  id,
  watching: initially,
  compact = false,
}: {
  type: "ForumThread" | "ForumCategory";
  id: string;
  watching: boolean;
  compact?: boolean;
}) {
  const t = useTranslations("forum");
  const [watching, setWatching] = useState(initially);
  const watch = useAction(watchAction, { onSuccess: ({ data }) => data && setWatching(data.watching) });
  const thread = type === "ForumThread";
  return (
    <div className={compact ? undefined : "mt-3"}>
      <Button
        variant="secondary"
        aria-pressed={watching}
        disabled={watch.isPending}
        onClick={() => watch.execute({ type, id, watch: !watching })}
      >
        {compact && watching && <span aria-hidden="true">✓</span>}
        {thread ? t("watchThread") : t("watchCategory")}
      </Button>
      <p role="status" className={compact ? "sr-only" : "mt-1 text-slate-700"}>
        {watching ? (thread ? t("watchingThread") : t("watchingCategory")) : t("watchHint")}
      </p>
      <FormStatus serverError={watch.result.serverError} />
    </div>
  );
}
