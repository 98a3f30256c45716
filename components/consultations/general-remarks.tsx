import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RemarkList } from "@/components/consultations/remark-list";
import { GENERAL_REMARKS, type ConsultationPageView } from "@/lib/consultations/page-view";

/** Remarks on the whole document rather than one unit: their count, their list when asked for, and the form (`control`, for those who may remark). */
export function GeneralRemarks({
  view: { counts, shown },
  control,
}: {
  view: Pick<ConsultationPageView, "counts" | "shown">;
  control?: ReactNode;
}) {
  const t = useTranslations();
  const count = counts?.get(null) ?? 0;
  return (
    <section aria-labelledby="general-remarks-heading" className="mt-8 max-w-4xl">
      <h2 id="general-remarks-heading" className="text-2xl font-bold">
        {t("remarks.generalHeading")}
      </h2>
      <p className="mt-2">{t("remarks.generalIntro")}</p>
      {count > 0 && (
        <p className="mt-2">
          <a href={`?uwagi=${GENERAL_REMARKS}#general-remarks-heading`} className="font-semibold underline">
            {t("consultationPage.remarksOnUnit", { count })}
          </a>
        </p>
      )}
      {shown?.key === GENERAL_REMARKS && <RemarkList remarks={shown.remarks} id="uwagi-ogolne" />}
      {control}
    </section>
  );
}
