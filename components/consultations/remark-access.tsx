import { useTranslations } from "next-intl";
import { RemarkStandingNotice } from "@/components/consultations/remark-standing-notice";
import { Alert } from "@/components/ui/alert";
import type { ConsultationPageView } from "@/lib/consultations/page-view";
import { Link } from "@/lib/i18n/navigation";

/**
 * Above the text: why the viewer cannot remark (or how to sign in to), when
 * remarks will be published, and the remarks to download once they are public.
 */
export function RemarkAccess({
  view: { consultation, phase, remarkContext, standing, signIn, remarksPublic, counts },
}: {
  view: Pick<
    ConsultationPageView,
    "consultation" | "phase" | "remarkContext" | "standing" | "signIn" | "remarksPublic" | "counts"
  >;
}) {
  const t = useTranslations();
  const open = phase === "open";
  return (
    <>
      {open && !remarkContext && standing && (
        <RemarkStandingNotice standing={standing} consultationSlug={consultation.slug} />
      )}
      {open && !remarkContext && signIn && (
        <Alert tone="info">
          {t("remarks.signInFirst")}{" "}
          <Link href={signIn} className="underline">
            {t("nav.signIn")}
          </Link>
        </Alert>
      )}
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
