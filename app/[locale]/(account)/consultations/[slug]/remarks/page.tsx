import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Form from "next/form";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AnswerDashboard } from "@/components/consultations/answer-dashboard";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { ANSWER_STATES } from "@/lib/consultations/answers/schemas";
import {
  ANSWER_PAGE_SIZE,
  answerProgress,
  listRemarksForAnswering,
  remarkingOrganisations,
} from "@/lib/consultations/answers/queries";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import { paragraphNumbers, unitCitation } from "@/lib/consultations/units";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { recordId } from "@/lib/validation/record-id";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const GENERAL = "ogolne";
const filtersSchema = z.object({
  unit: z.string().max(120).optional().catch(undefined),
  organisation: recordId.optional().catch(undefined),
  state: z.enum(ANSWER_STATES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "answers" });
  return pageTitle(locale, t("title"), "consultations");
}

export default async function AnswerRemarksPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) notFound();
  await requireScopedPermission(locale, "consultations.manage", { institutionId: consultation.institutionId });
  const raw = await searchParams;
  const filters = filtersSchema.parse({
    ...Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]),
    ),
  });
  const phase = phaseAt(consultation, new Date());
  // Once the report is out nothing is left unanswered: show every remark, for corrections.
  const state = filters.state ?? (phase === "reportPublished" ? "all" : "unanswered");
  const unitId =
    filters.unit === GENERAL
      ? null
      : filters.unit
        ? consultation.units.find((unit) => unit.key === filters.unit)?.id
        : undefined;
  const [t, { items, total }, progress, organisations] = await Promise.all([
    getTranslations({ locale }),
    listRemarksForAnswering(consultation.id, {
      unitId,
      organisationId: filters.organisation,
      state,
      page: filters.page,
    }),
    answerProgress(consultation.id),
    remarkingOrganisations(consultation.id),
  ]);
  const allAnswered = progress.answered === progress.total;
  // The default list (remarks still to answer) is empty because the work is done: say so once, not "no remarks match".
  const nothingLeft = allAnswered && state === "unanswered" && !filters.unit && !filters.organisation;
  const action = getPathname({ href: { pathname: "/consultations/[slug]/remarks", params: { slug } }, locale });
  const numbers = paragraphNumbers(consultation.units);
  const cite = (unit: { key: string; label: string | null }) =>
    unitCitation(unit, numbers, (number) => t("consultationPage.paragraphNumber", { number }));
  const labelOf = (unit: { key: string; label: string | null } | null) => (unit ? cite(unit) : null);
  const query = (page: number) =>
    `${action}?${new URLSearchParams({ ...(filters.unit ? { unit: filters.unit } : {}), ...(filters.organisation ? { organisation: filters.organisation } : {}), state, page: String(page) }).toString()}`;
  return (
    <ClientMessages namespaces={["answers", "corrections", "errors", "forms.errors", "remarks", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: consultation.title, href: { pathname: "/consultations/[slug]/edit", params: { slug } } },
            { label: t("answers.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">
          {t("answers.title")}: {consultation.title}
        </h1>
        <p className="mt-4 text-lg font-semibold" role="status">
          {t("answers.progress", { answered: progress.answered, total: progress.total })}
        </p>
        <progress
          className="mt-2 h-4 w-full max-w-xl"
          max={Math.max(progress.total, 1)}
          value={progress.answered}
          aria-label={t("answers.progressLabel")}
        />
        {phase === "reportPublished" && <p className="mt-4 max-w-3xl">{t("corrections.intro")}</p>}
        {allAnswered && phase !== "reportPublished" && (
          <section
            aria-labelledby="answers-done-heading"
            className="mt-6 max-w-3xl rounded border-2 border-green-800 bg-green-50 p-4"
          >
            <h2 id="answers-done-heading" className="text-xl font-bold">
              {progress.total === 0 ? t("answers.doneNone") : t("answers.doneAll", { total: progress.total })}
            </h2>
            {phase === "closed" ? (
              <>
                <p className="mt-2">{t("answers.nextStep")}</p>
                <p className="mt-3">
                  <ButtonLink
                    href={{ pathname: "/consultations/[slug]/edit", params: { slug }, hash: "report-heading" }}
                  >
                    {t("answers.toReport")}
                  </ButtonLink>
                </p>
              </>
            ) : (
              <p className="mt-2">{t("answers.moreMayCome")}</p>
            )}
          </section>
        )}
        <p className="mt-4">
          <Link href={{ pathname: "/consultations/[slug]", params: { slug } }} className="underline">
            {t("consultationAdmin.publicPage")}
          </Link>
        </p>
        <Form
          action={action}
          role="search"
          aria-labelledby="answer-filters-heading"
          className="mt-6 max-w-4xl rounded border-2 border-slate-300 p-4"
        >
          <h2 id="answer-filters-heading" className="text-xl font-bold">
            {t("answers.filtersHeading")}
          </h2>
          <div className="mt-3 grid gap-4 md:grid-cols-3">
            <FilterSelect
              idPrefix="answers"
              name="unit"
              label={t("answers.unit")}
              value={filters.unit}
              any={t("answers.anyUnit")}
              options={[
                { value: GENERAL, label: t("remarks.general") },
                ...consultation.units.map((unit) => ({ value: unit.key, label: cite(unit), lang: "pl" })),
              ]}
            />
            <FilterSelect
              idPrefix="answers"
              name="organisation"
              label={t("answers.organisation")}
              value={filters.organisation}
              any={t("answers.anyOrganisation")}
              options={organisations.map((o) => ({ value: o.id, label: o.name, lang: "pl" }))}
            />
            <div>
              <label htmlFor="answers-state" className="block font-semibold">
                {t("answers.state")}
              </label>
              <select
                id="answers-state"
                name="state"
                defaultValue={state}
                className="mt-1 block min-h-11 w-full rounded border-2 border-slate-600 bg-white px-3 py-2"
              >
                {ANSWER_STATES.map((state) => (
                  <option key={state} value={state}>
                    {t(`answers.states.${state}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <Button type="submit" className="mt-4">
            {t("answers.filter")}
          </Button>
        </Form>
        {!nothingLeft && <p className="mt-6 font-semibold">{t("answers.found", { count: total })}</p>}
        {/* Always mounted: answering the last remark of a filtered list must not take the confirmation away with it. */}
        <AnswerDashboard
          consultationId={consultation.id}
          canAnswer={phase === "open" || phase === "closed"}
          canCorrect={phase === "reportPublished"}
          remarks={items.map((remark) => ({
            id: remark.id,
            number: remark.number,
            unitLabel: labelOf(remark.unit),
            by: remark.organisation
              ? `${remark.organisation.name}${remark.organisation.krs ? ` (KRS ${remark.organisation.krs})` : ""}, ${remark.author?.name ?? t("remarks.deletedAuthor")}`
              : (remark.author?.name ?? t("remarks.deletedAuthor")),
            currentWording: remark.currentWording,
            proposedWording: remark.proposedWording,
            justification: remark.justification,
            decision: remark.decision,
            decisionReason: remark.decisionReason,
            createdAt: remark.createdAt,
          }))}
        />
        {items.length === 0 && !nothingLeft && <EmptyState title={t("answers.empty")} />}
        {nothingLeft && progress.total > 0 && (
          <p className="mt-6">
            <Link
              href={{ pathname: "/consultations/[slug]/remarks", params: { slug }, query: { state: "all" } }}
              className="underline"
            >
              {t("answers.showAll", { total: progress.total })}
            </Link>
          </p>
        )}
        {total > ANSWER_PAGE_SIZE && (
          <Pagination page={filters.page} totalPages={Math.ceil(total / ANSWER_PAGE_SIZE)} href={query} />
        )}
      </>
    </ClientMessages>
  );
}
