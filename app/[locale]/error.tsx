"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

// Server errors arrive here without their message (Next.js strips it in
// production); the person sees only a translated explanation.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <Alert tone="error" live>
        {t("INTERNAL")}
      </Alert>
      <Button onClick={reset}>{t("retry")}</Button>
    </>
  );
}
