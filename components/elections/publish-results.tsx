"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { publishResultsAction } from "@/lib/elections/voting/actions";
import { useRouter } from "@/lib/i18n/navigation";

/** The commission announces the counted results (participants are told). */
export function PublishResults({ electionId }: { electionId: string }) {
  const t = useTranslations("results");
  const tr = useTranslations();
  const router = useRouter();
  const publish = useAction(publishResultsAction, { onSuccess: () => router.refresh() });
  return (
    <div className="mt-4">
      {publish.result.serverError && (
        <Alert tone="error" live>
          {tr(`errors.${publish.result.serverError}` as never)}
        </Alert>
      )}
      <Button disabled={publish.isPending} onClick={() => publish.execute({ electionId })}>
        {t("publish")}
      </Button>
    </div>
  );
}
