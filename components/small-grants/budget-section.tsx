import { useTranslations } from "next-intl";
import { BudgetForm } from "@/components/small-grants/budget-form";
import { LimitsList } from "@/components/small-grants/limits-list";
import { Pln } from "@/components/small-grants/money";
import { Link } from "@/lib/i18n/navigation";
import { plnDecimal } from "@/lib/offers/calc/money";
import type { OfficeSmallGrantsView } from "@/lib/small-grants/queries";

/** The year's plan and intake, what is used of the share, the limits in force and the links to other years. */
export function BudgetSection({
  view,
  spheres,
}: {
  view: OfficeSmallGrantsView;
  spheres: { value: string; label: string }[];
}) {
  const t = useTranslations("smallGrants.office");
  const { budget, institution, year } = view;
  const params = { slug: institution.slug };
  return (
    <section aria-labelledby="sg-budget" className="mt-8">
      <h2 id="sg-budget" className="text-2xl font-semibold">
        {t("budgetHeading", { year })}
      </h2>
      <nav aria-label={t("yearsNav")} className="mt-2 flex gap-4">
        <Link
          href={{ pathname: "/institutions/[slug]/small-grants", params, query: { year: year - 1 } }}
          className="underline"
        >
          {t("previousYear", { year: year - 1 })}
        </Link>
        <Link
          href={{ pathname: "/institutions/[slug]/small-grants", params, query: { year: year + 1 } }}
          className="underline"
        >
          {t("nextYear", { year: year + 1 })}
        </Link>
      </nav>
      {budget ? (
        <p className="mt-4">
          {t(budget.intakeOpen ? "intakeOpen" : "intakeClosed")}{" "}
          {view.ceiling !== null &&
            t.rich("used", {
              used: () => <Pln grosze={view.used} />,
              ceiling: () => <Pln grosze={view.ceiling!} />,
            })}
        </p>
      ) : (
        <p className="mt-4">{t("noBudget", { year })}</p>
      )}
      <BudgetForm
        institutionId={institution.id}
        year={year}
        current={
          budget && {
            planned: plnDecimal(budget.plannedGrantsTotal).replace(".", ","),
            intakeOpen: budget.intakeOpen,
            suspendedNote: budget.suspendedNote ?? "",
            sphereIds: budget.sphereIds,
          }
        }
        spheres={spheres}
      />
      <h3 className="mt-6 text-xl font-semibold">{t("limitsHeading")}</h3>
      <LimitsList rules={view.rules} />
    </section>
  );
}
