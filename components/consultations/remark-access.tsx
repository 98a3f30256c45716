import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ConsultationPageView } from "@/lib/consultations/page-view";

/**
 * Above the text: the reader's own access (`reader`: why they cannot remark,
 * or how to sign in to), when remarks will be published, and the remarks to
 * download once they are public.
 */
export function RemarkAccess({
  view: { consultation, phase, remarksPublic, counts },
  reader,
}: {
  view: Pick<ConsultationPageView, "consultation" | "phase" | "remarksPublic" | "counts">;
  reader?: ReactNode;
}) {
  const t = useTranslations();
  const open = phase === "open";
  return (
    <>
      {reader}
      {!remarksPublic && open && <p className="mt-4 max-w-3xl">{t("remarks.publishedAfterClose")}</p>}
      {remarksPublic && counts && counts.size > 0 && (
        <p className="mt-4 flex flex-wrap gap-4">
          <span>{t("consultationPage.remarksDownload")}</span>
          <a href={`/api/consultations/${consultation.id}/remarks?format=csv`} className="underline">
            CSV
          </a>
          <a href={`/api/consultations/${consultation.id}/remarks?format=xlsx`} className="underline">
            XLSX
          </a>
        </p>
      )}
    </>
  );
}
