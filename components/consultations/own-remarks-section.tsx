import { useTranslations } from "next-intl";
import { OwnRemarks } from "@/components/consultations/own-remarks";
import type { ConsultationPageView } from "@/lib/consultations/page-view";
import { paragraphNumbers, unitCitation } from "@/lib/consultations/units";

/** The signed-in person's own remarks, each cited by the part of the text it is about ("§ 3 ust. 2", "Akapit 4"). */
export function OwnRemarksSection({
  own,
  units,
}: {
  own: NonNullable<ConsultationPageView["own"]>;
  units: ConsultationPageView["consultation"]["units"];
}) {
  const t = useTranslations("consultationPage");
  const numbers = paragraphNumbers(units);
  return (
    <OwnRemarks
      context={own.context}
      open={own.open}
      remarks={own.remarks.map((remark) => ({
        id: remark.id,
        state: remark.state,
        unitLabel: remark.unit
          ? unitCitation(remark.unit, numbers, (number) => t("paragraphNumber", { number }))
          : null,
        organisationName: remark.organisation?.name ?? null,
        currentWording: remark.currentWording,
        proposedWording: remark.proposedWording,
        justification: remark.justification,
        decision: remark.decision,
        decisionReason: remark.decisionReason,
        createdAt: remark.createdAt,
        editedAt: remark.editedAt,
      }))}
    />
  );
}
