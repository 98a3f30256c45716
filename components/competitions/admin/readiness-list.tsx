import { useFormatter, useTranslations } from "next-intl";
import type { ReadinessProblem } from "@/lib/competitions/publication-rules";

type FieldName =
  "summary" | "awardRules" | "implementationTerms" | "selectionProcedure" | "contactName" | "contactEmail";
type Channel = "BIP" | "NOTICE_BOARD" | "WEBSITE" | "PRESS";

/** What stands in the way of publishing (errors), then what the official should know (warnings), in words. */
export function ReadinessList({ problems }: { problems: ReadinessProblem[] }) {
  const t = useTranslations("competitionsAdmin");
  const format = useFormatter();
  const day = (value: string | number | undefined) =>
    format.dateTime(new Date(`${String(value)}T12:00:00Z`), { dateStyle: "long" });
  const text = (problem: ReadinessProblem): string => {
    const v = problem.values;
    switch (problem.code) {
      case "FIELD_MISSING":
        return t("problems.FIELD_MISSING", { field: t(`fields.${v.field as FieldName}`) });
      case "PUBLICATION_MISSING":
        return t("problems.PUBLICATION_MISSING", { channel: t(`channels.${v.channel as Channel}`) });
      case "DEADLINE_TOO_EARLY":
        return t("problems.DEADLINE_TOO_EARLY", {
          earliest: day(v.earliest),
          lastPublication: day(v.lastPublication),
          minDays: Number(v.minDays),
        });
      case "DEADLINE_ON_DAY_OFF":
        return t("problems.DEADLINE_ON_DAY_OFF", { day: day(v.day) });
      case "TASK_POOL_EMPTY":
        return t("problems.TASK_POOL_EMPTY", { number: String(v.number) });
      default:
        return t(`problems.${problem.code}`);
    }
  };
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  return (
    <div className="mt-3">
      {errors.length === 0 ? (
        <p>{t("ready")}</p>
      ) : (
        <>
          <p className="font-semibold">{t("problemsIntro")}</p>
          <ul className="mt-2 list-disc pl-6" id="publish-problems">
            {errors.map((problem, index) => (
              <li key={index}>
                {text(problem)}
                {/* The field is in the basics section above: the way to fix it, not only its name. */}
                {problem.code === "DEADLINE_TOO_EARLY" && (
                  <>
                    {" "}
                    <a href="#competition-offersDeadline" className="underline">
                      {t("problems.changeDeadline")}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p className="mt-3 font-semibold">{t("warningsIntro")}</p>
          <ul className="mt-2 list-disc pl-6">
            {warnings.map((problem, index) => (
              <li key={index}>{text(problem)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
