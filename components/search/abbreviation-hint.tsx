import { getTranslations } from "next-intl/server";
import type { ExpandedAbbreviation } from "@/lib/search/abbreviations";

/**
 * Says what an abbreviation in the query stands for ("KGW = Koło Gospodyń
 * Wiejskich"), since the results also hold names that only spell it out.
 * The abbreviations and names are Polish, so they are marked as such.
 */
export async function AbbreviationHint({ abbreviations }: { abbreviations: ExpandedAbbreviation[] }) {
  if (abbreviations.length === 0) return null;
  const t = await getTranslations("search");
  return (
    <p className="mt-3 text-slate-700">
      {abbreviations.map(({ abbreviation, expansion }, i) => (
        <span key={`${abbreviation}-${expansion}`}>
          {i > 0 && "; "}
          <span lang="pl">
            {abbreviation} = {expansion}
          </span>
        </span>
      ))}{" "}
      {t("abbreviationNote")}
    </p>
  );
}
