"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Said where a page's personal parts would be when asking for them failed, with a way to ask again. */
export function ReaderAnswerFailed({ retry }: { retry: () => void }) {
  const t = useTranslations();
  return (
    <Alert tone="warning">
      <span>{t("ui.readerAnswerFailed")}</span>{" "}
      <Button variant="secondary" className="mt-2" onClick={retry}>
        {t("errors.retry")}
      </Button>
    </Alert>
  );
}
