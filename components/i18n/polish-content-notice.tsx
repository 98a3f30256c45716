import { useLocale, useTranslations } from "next-intl";

/**
 * Documents, news, consultations and forum posts are written by users, in
 * Polish, whatever language the site is read in. On the English and German
 * site a short note says so before such content (which the page marks
 * lang="pl", so that screen readers pronounce it as Polish); on the Polish
 * site there is nothing to say.
 */
export function PolishContentNotice({
  kind,
  className = "mt-2",
}: {
  kind: "document" | "article" | "discussion" | "election";
  className?: string;
}) {
  const locale = useLocale();
  const t = useTranslations("polishContent");
  if (locale === "pl") return null;
  return (
    <p className={`${className} inline-block rounded border-2 border-slate-300 bg-slate-50 px-3 py-1 text-slate-800`}>
      {t("notice", { kind })}
    </p>
  );
}
