import { useLocale, useTranslations } from "next-intl";

/**
 * The partnership's agreement (umowa partnerska) to download as DOCX: for the
 * views of a partnership that is proposed, formed or completed, shown to the
 * people of either side (the route refuses everyone else).
 */
export function AgreementLink({ partnershipId }: { partnershipId: string }) {
  const t = useTranslations("partnershipAgreement");
  const locale = useLocale();
  return (
    <p className="mt-2">
      <a
        href={`/api/partnerships/agreements/${encodeURIComponent(partnershipId)}?locale=${locale}`}
        className="font-semibold underline"
        aria-describedby={`agreement-hint-${partnershipId}`}
      >
        {t("link")}
      </a>
      <span id={`agreement-hint-${partnershipId}`} className="mt-1 block text-sm">
        {t("hint")}
      </span>
    </p>
  );
}
