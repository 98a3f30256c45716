import { getTranslations } from "next-intl/server";
import { When } from "@/components/small-grants/money";
import { Alert } from "@/components/ui/alert";
import type { CorrectionView } from "@/lib/offers/corrections/queries";

/** What the office asked, by when, and which parts may be changed; or why nothing may be changed any more. */
export async function CorrectionSummary({
  correction,
  mayEdit,
}: {
  correction: CorrectionView["correction"];
  mayEdit: boolean;
}) {
  const t = await getTranslations("offerCorrection");
  const sectionNames = await getTranslations("offerEditor.sectionNames");
  const parts = [...correction.sections.map((key) => sectionNames(key)), ...correction.attachmentLabels].join(", ");
  return (
    <>
      <Alert
        tone={correction.open ? "warning" : "info"}
        title={t(`state.${correction.open ? "OPEN" : correction.status === "OPEN" ? "LAPSED" : correction.status}`)}
      >
        <p>
          {t("due")} <When at={correction.dueAt} />
        </p>
        <p className="mt-2 font-semibold">{t("message")}</p>
        <p className="whitespace-pre-line">{correction.message}</p>
        <p className="mt-2">{t("parts", { parts })}</p>
      </Alert>
      {correction.open && <p>{mayEdit ? t("howTo", { version: correction.version }) : t("leadOnly")}</p>}
    </>
  );
}
