import { useTranslations } from "next-intl";
import { useWhen } from "@/components/consultations/use-when";
import type { ConsultationPageView, TimelineChange } from "@/lib/consultations/page-view";

/** Announced, opens, every change since (extensions, documents added), closes. */
export function ConsultationTimeline({
  consultation,
  changes,
}: {
  consultation: Pick<ConsultationPageView["consultation"], "publishedAt" | "startsAt" | "endsAt">;
  changes: TimelineChange[];
}) {
  const t = useTranslations("consultationPage");
  const when = useWhen();
  const describe = (change: TimelineChange) =>
    change.kind === "extended"
      ? t("timeline.extended", {
          when: when(change.at),
          from: when(change.previousEndsAt),
          to: when(change.newEndsAt),
          reason: change.reason,
        })
      : t("timeline.documentAdded", { when: when(change.at), title: change.title });
  return (
    <section aria-labelledby="timeline-heading" className="mt-8 max-w-3xl">
      <h2 id="timeline-heading" className="text-2xl font-bold">
        {t("timelineHeading")}
      </h2>
      <ol className="mt-3 list-disc space-y-1 pl-6">
        {consultation.publishedAt && <li>{t("timeline.published", { when: when(consultation.publishedAt) })}</li>}
        <li>{t("timeline.starts", { when: when(consultation.startsAt) })}</li>
        {changes.map((change) => (
          <li key={change.key}>{describe(change)}</li>
        ))}
        <li>{t("timeline.ends", { when: when(consultation.endsAt) })}</li>
      </ol>
    </section>
  );
}
