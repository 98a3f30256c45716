"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { startImportAction } from "@/lib/organisations/bulk-import/actions";

export function StartImportButton({ importId, count }: { importId: string; count: number }) {
  const t = useTranslations();
  const router = useRouter();
  const start = useAction(startImportAction, { onSuccess: () => router.refresh() });
  return (
    <div className="mt-6">
      {start.result.serverError && (
        <Alert tone="error" live>
          {t(`errors.${start.result.serverError}`)}
        </Alert>
      )}
      <Button onClick={() => start.execute({ importId })} disabled={start.isPending || start.hasSucceeded}>
        {start.isPending ? t("adminImport.starting") : t("adminImport.start", { count })}
      </Button>
      <p className="mt-2 text-slate-700">{t("adminImport.startHint")}</p>
    </div>
  );
}
