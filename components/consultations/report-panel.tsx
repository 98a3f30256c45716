"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { publishReportAction, requestReportAction } from "@/lib/consultations/report/actions";
import { Link, useRouter } from "@/lib/i18n/navigation";

export type ReportPanelState = {
  state: "GENERATING" | "READY" | "FAILED";
  generatedAt: Date | null;
  publishedAt: Date | null;
} | null;

/** The report after the consultation closes: generate it, check it, publish it. */
export function ReportPanel({
  consultationId,
  slug,
  report,
  unanswered,
}: {
  consultationId: string;
  slug: string;
  report: ReportPanelState;
  unanswered: number;
}) {
  const t = useTranslations("reportPanel");
  const format = useFormatter();
  const router = useRouter();
  const request = useAction(requestReportAction);
  const publish = useAction(publishReportAction);
  const generating = report?.state === "GENERATING";
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // While the job runs, the panel looks again every few seconds.
  useEffect(() => {
    if (!generating) return;
    const timer = setInterval(() => router.refresh(), 3000);
    return () => clearInterval(timer);
  }, [generating, router]);
  const refused = [request.result.data, publish.result.data].flatMap((data) =>
    data && "refused" in data ? [data.refused] : [],
  )[0];
  const serverError = request.result.serverError ?? publish.result.serverError;
  const base = `/api/consultations/${consultationId}/report`;

  return (
    <section aria-labelledby="report-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="report-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2" role="status">
        {report === null && t("none")}
        {report?.state === "GENERATING" && t("generating")}
        {report?.state === "FAILED" && t("failed")}
        {report?.state === "READY" &&
          !report.publishedAt &&
          t("ready", { when: format.dateTime(report.generatedAt!, { dateStyle: "medium", timeStyle: "short" }) })}
        {report?.publishedAt &&
          t("published", { when: format.dateTime(report.publishedAt, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {unanswered > 0 && !report?.publishedAt && (
        <p id="report-blocked" className="mt-2 font-semibold">
          {t("unanswered", { count: unanswered })} {t("publishBlocked")}{" "}
          <Link href={{ pathname: "/consultations/[slug]/remarks", params: { slug } }} className="underline">
            {t("answerRest")}
          </Link>
        </p>
      )}
      <FormStatus refused={refused && t(`refusals.${refused}`)} serverError={serverError} />
      {report?.state === "READY" && (
        <p className="mt-3 flex flex-wrap gap-4">
          <a href={`${base}?format=pdf`} className="underline">
            {t("downloadPdf")}
          </a>
          <a href={`${base}?format=docx`} className="underline">
            {t("downloadDocx")}
          </a>
        </p>
      )}
      {!report?.publishedAt && (
        <div className="mt-4 flex flex-wrap gap-3">
          <Button
            variant={report?.state === "READY" ? "secondary" : "primary"}
            disabled={request.isPending || generating}
            onClick={() => request.execute({ consultationId })}
          >
            {report ? t("regenerate") : t("generate")}
          </Button>
          {report?.state === "READY" && unanswered > 0 && (
            // Not available until every remark has an answer; it stays focusable and says why (the server refuses it too).
            <Button aria-disabled="true" aria-describedby="report-blocked" className="cursor-not-allowed opacity-60">
              {t("publish")}
            </Button>
          )}
          {report?.state === "READY" && unanswered === 0 && !confirming && (
            <Button onClick={() => setConfirming(true)}>{t("publish")}</Button>
          )}
        </div>
      )}
      {/* Publishing freezes every remark and answer: a second, explicit step, as for withdrawing a remark. */}
      {confirming && !report?.publishedAt && (
        <div
          role="group"
          aria-labelledby="publish-question"
          className="mt-4 rounded border-2 border-amber-700 bg-amber-50 p-3"
        >
          <p id="publish-question" className="font-semibold">
            {t("confirmQuestion")}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              ref={confirmButton}
              disabled={publish.isPending}
              onClick={async () => {
                await publish.executeAsync({ consultationId });
                setConfirming(false);
              }}
            >
              {t("confirmPublish")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
