"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { JobName } from "@/lib/jobs/definitions";
import { retryJobAction } from "@/lib/jobs/actions";

export function RetryJobButton({ queue, jobId }: { queue: JobName; jobId: string }) {
  const t = useTranslations("adminJobs");
  const retry = useAction(retryJobAction);
  return (
    <>
      <Button variant="secondary" disabled={retry.isPending} onClick={() => retry.execute({ queue, jobId })}>
        {t("retry")}
        <span className="sr-only"> – {jobId}</span>
      </Button>
      {retry.result.serverError && (
        <p role="alert" className="mt-1 font-semibold text-red-800">
          {retry.result.serverError === "CONFLICT" || retry.result.serverError === "NOT_FOUND"
            ? t("gone")
            : t("failed")}
        </p>
      )}
    </>
  );
}
