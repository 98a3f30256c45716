import { useTranslations } from "next-intl";

/** "Supported by 12 organisations and 40 people", with each language's plural forms. */
export function SupportSummary({ organisations, people }: { organisations: number; people: number }) {
  const t = useTranslations("ideaAnswers.support");
  if (organisations === 0 && people === 0) return <p>{t("none")}</p>;
  return <p>{t("summary", { organisations, people })}</p>;
}
