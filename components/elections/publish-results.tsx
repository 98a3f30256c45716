"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { publishResultsAction } from "@/lib/elections/voting/actions";

/** The commission announces the counted results (participants are told). */
export function PublishResults({ electionId }: { electionId: string }) {
  const t = useTranslations("results");
  const publish = useAction(publishResultsAction);
  return (
    <div className="mt-4">
      <FormStatus serverError={publish.result.serverError} />
      <Button disabled={publish.isPending} onClick={() => publish.execute({ electionId })}>
        {t("publish")}
      </Button>
    </div>
  );
}
