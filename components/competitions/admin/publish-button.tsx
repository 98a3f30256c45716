"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { publishCompetitionAction } from "@/lib/competitions/actions";
import type { AppErrorCode } from "@/lib/errors";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * Publishes the draft. The list of problems above it is the server's; if one
 * appeared since the page was loaded, the refusal says so and the page (which
 * the action refreshes even when refused) shows it.
 */
export function PublishButton({ competitionId, slug }: { competitionId: string; slug: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppErrorCode | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <div className="mt-4">
      <FormStatus
        serverError={error}
        refused={refused && t(`competitionsAdmin.refusals.${refused as "NOT_PUBLISHABLE"}`)}
      />
      <Button
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await publishCompetitionAction({ competitionId });
          setPending(false);
          setError(result?.serverError ?? null);
          const data = result?.data;
          if (data && "refused" in data) return setRefused(data.refused);
          setRefused(null);
          if (data) router.push({ pathname: "/competitions/[slug]/edit", params: { slug } });
        }}
      >
        {t("competitionsAdmin.publish")}
      </Button>
    </div>
  );
}
