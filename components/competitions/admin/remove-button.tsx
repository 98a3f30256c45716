"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/components/forms/use-action-form";
import type { AppErrorCode } from "@/lib/errors";

/**
 * A button that removes one row of a draft through its server action (the
 * pipeline refreshes the page); `what` names the row for screen readers.
 */
export function RemoveButton({ remove, what }: { remove: () => Promise<ActionResult>; what: string }) {
  const t = useTranslations();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppErrorCode | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <>
      <FormStatus
        serverError={error}
        refused={refused && t(`competitionsAdmin.refusals.${refused as "COMPETITION_PUBLISHED"}`)}
      />
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await remove();
          setPending(false);
          setError(result?.serverError ?? null);
          const data = result?.data as { refused?: string } | undefined;
          setRefused(data?.refused ?? null);
        }}
      >
        {t("competitionsAdmin.remove")}
        <span className="sr-only"> – {what}</span>
      </Button>
    </>
  );
}
