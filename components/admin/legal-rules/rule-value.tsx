import { useFormatter, useTranslations } from "next-intl";
import type { LegalRuleUnit } from "@/lib/legal-rules/keys";

/** A legal limit's value in the reader's language: grosze as złoty, basis points as a percentage, days counted. */
export function RuleValue({ unit, value }: { unit: LegalRuleUnit; value: number | string }) {
  const t = useTranslations("legalRules");
  const format = useFormatter();
  if (typeof value === "string") return <>{value}</>;
  switch (unit) {
    case "grosze":
      return <>{format.number(value / 100, { style: "currency", currency: "PLN" })}</>;
    case "basisPoints":
      return <>{format.number(value / 10_000, { style: "percent", maximumFractionDigits: 2 })}</>;
    case "days":
      return <>{t("valueDays", { count: value })}</>;
    case "workingDays":
      return <>{t("valueWorkingDays", { count: value })}</>;
    case "flag":
      return <>{t(value === 1 ? "flagOn" : "flagOff")}</>;
    case "text":
      return <>{String(value)}</>;
  }
}

/** A stored day ("2019-03-01") as the reader writes dates. */
export function RuleDay({ day }: { day: string }) {
  const format = useFormatter();
  return (
    <time dateTime={day}>{format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}</time>
  );
}
