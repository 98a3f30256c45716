import { useTranslations } from "next-intl";
import type { UnitComparison } from "@/lib/consultations/diff";
import { WordDiff } from "@/components/ui/word-diff";

/**
 * The adopted text unit by unit against the consulted draft. Deletions and
 * insertions are struck through and underlined, and also said in words for
 * screen readers, which do not announce <del> and <ins>.
 */
export function TextComparison({ comparison }: { comparison: UnitComparison[] }) {
  const t = useTranslations("finalText");
  const counts = {
    changed: comparison.filter((c) => c.kind === "changed").length,
    added: comparison.filter((c) => c.kind === "added").length,
    removed: comparison.filter((c) => c.kind === "removed").length,
  };
  return (
    <section aria-labelledby="adopted-heading" className="mt-8 max-w-4xl">
      <h2 id="adopted-heading" className="text-2xl font-bold">
        {t("publicHeading")}
      </h2>
      <p className="mt-2">{t("counts", counts)}</p>
      <ol className="mt-4 space-y-3" lang="pl">
        {comparison.map((entry, index) => {
          const unit = entry.kind === "removed" ? entry.draft : entry.unit;
          const label = unit.label ? `${unit.label}. ` : "";
          return (
            <li
              key={`${entry.kind}-${unit.key}-${index}`}
              className={`cu${unit.depth ? ` d${Math.min(unit.depth, 5)}` : ""}${entry.kind === "unchanged" ? "" : "border-l-4 border-amber-700 pl-3"}`}
            >
              {entry.kind !== "unchanged" && (
                <p className="text-sm font-semibold text-amber-900 uppercase">{t(`kinds.${entry.kind}`)}</p>
              )}
              <p className="whitespace-pre-line">
                <span className="font-semibold">{label}</span>
                {entry.kind === "unchanged" && entry.unit.text}
                {entry.kind === "added" && <ins className="bg-green-100 decoration-2">{entry.unit.text}</ins>}
                {entry.kind === "removed" && <del className="bg-red-100">{entry.draft.text}</del>}
                {entry.kind === "changed" && (
                  <WordDiff words={entry.words} labels={{ deleted: t("deleted"), inserted: t("inserted") }} />
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
