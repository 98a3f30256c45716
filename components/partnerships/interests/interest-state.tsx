import { useTranslations } from "next-intl";
import type { PartnerInterestStatus } from "@/lib/generated/prisma/enums";

/** One side's interest in words: whose, its state (in text, never colour alone) and the author's reason if declined. */
export function InterestStateLine({
  name,
  status,
  note,
}: {
  name: string;
  status: PartnerInterestStatus;
  note: string | null;
}) {
  const t = useTranslations("partnerInterests");
  return (
    <>
      <p>{t("state.line", { name, status })}</p>
      {status === "DECLINED" && note && (
        <p className="mt-1">
          {t("state.reason")} <span className="whitespace-pre-line">{note}</span>
        </p>
      )}
    </>
  );
}
