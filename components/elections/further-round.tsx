"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { startFurtherRoundAction } from "@/lib/elections/actions";
import { useRouter } from "@/lib/i18n/navigation";

/** The commission starts the further round the rules call for when candidates tie for the last seats. */
export function StartFurtherRound({ electionId }: { electionId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const start = useAction(startFurtherRoundAction, {
    onSuccess: ({ data }) => data && router.push({ pathname: "/elections/[slug]/edit", params: { slug: data.slug } }),
  });
  return (
    <section aria-labelledby="further-round-heading" className="mt-6 max-w-3xl rounded border-2 border-slate-300 p-4">
      <h2 id="further-round-heading" className="text-xl font-bold">
        {t("furtherRound.startHeading")}
      </h2>
      <p className="mt-2">{t("furtherRound.startIntro")}</p>
      <FormStatus serverError={start.result.serverError} />
      <Button className="mt-3" disabled={start.isPending} onClick={() => start.execute({ electionId })}>
        {t("furtherRound.start")}
      </Button>
    </section>
  );
}
