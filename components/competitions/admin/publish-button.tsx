"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { publishCompetitionAction } from "@/lib/competitions/actions";
import type { AppErrorCode } from "@/lib/errors";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * Publishes the draft, after a second, explicit step: publishing is the
 * office's legal act and freezes the announcement's text (only the deadline
 * may be extended after), so one click must not do it. The step names what goes
 * out and takes the focus to "Back", as for the consultation report. The list
 * of problems above it is the server's; if one appeared since the page was
 * loaded, the refusal says so and the page (refreshed even when refused) shows it.
 */
export function PublishButton({
  competitionId,
  slug,
  title,
  deadline,
}: {
  competitionId: string;
  slug: string;
  title: string;
  /** The offers deadline, already written out in Polish time. */
  deadline: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<AppErrorCode | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const back = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) back.current?.focus();
    // Closing the step puts the focus back where it was, not at the top of the page.
    else if (opened.current) start.current?.focus();
    opened.current = confirming;
  }, [confirming]);
  return (
    <div className="mt-4">
      <FormStatus
        serverError={error}
        refused={refused && t(`competitionsAdmin.refusals.${refused as "NOT_PUBLISHABLE"}`)}
      />
      {!confirming ? (
        <Button ref={start} onClick={() => setConfirming(true)}>
          {t("competitionsAdmin.publish")}
        </Button>
      ) : (
        <div
          role="group"
          aria-labelledby="publish-question"
          className="rounded border-2 border-amber-700 bg-amber-50 p-3"
        >
          <p id="publish-question" className="font-semibold">
            {t("competitionsAdmin.publishQuestion", { title, deadline })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              busy={pending}
              onClick={async () => {
                setPending(true);
                const result = await publishCompetitionAction({ competitionId });
                setPending(false);
                setConfirming(false);
                setError(result?.serverError ?? null);
                const data = result?.data;
                if (data && "refused" in data) return setRefused(data.refused);
                setRefused(null);
                if (data) router.push({ pathname: "/competitions/[slug]/edit", params: { slug } });
              }}
            >
              {t("competitionsAdmin.publishConfirm")}
            </Button>
            <Button ref={back} variant="secondary" onClick={() => setConfirming(false)}>
              {t("competitionsAdmin.publishBack")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
