"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { startImportAction } from "@/lib/organisations/bulk-import/actions";

export function StartImportButton({ importId, count }: { importId: string; count: number }) {
  const t = useTranslations();
  const start = useAction(startImportAction);
  return (
    <div className="mt-6">
      <FormStatus serverError={start.result.serverError} />
      <Button onClick={() => start.execute({ importId })} disabled={start.isPending || start.hasSucceeded}>
        {start.isPending ? t("adminImport.starting") : t("adminImport.start", { count })}
      </Button>
      <p className="mt-2 text-slate-700">{t("adminImport.startHint")}</p>
    </div>
  );
}
