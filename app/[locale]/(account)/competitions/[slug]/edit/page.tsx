import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompetitionBasicsForm } from "@/components/competitions/admin/basics-form";
import { CommissionCallForm } from "@/components/competitions/admin/commission-call-form";
import { CompetitionParametersForm } from "@/components/competitions/admin/parameters-form";
import { PublicationForm } from "@/components/competitions/admin/publication-form";
import { RequirementsSection } from "@/components/competitions/admin/requirements-section";
import { StatusSection } from "@/components/competitions/admin/status-section";
import { TasksSection } from "@/components/competitions/admin/tasks-section";
import { AttachmentManager } from "@/components/forms/attachment-manager";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { basicsDefaults, callDefaults, competitionEditView, parametersDefaults } from "@/lib/competitions/edit-view";
import { getCompetitionBySlug } from "@/lib/competitions/queries";
import { documentKinds } from "@/lib/competitions/schemas";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionsAdmin" });
  return pageTitle(locale, t("editTitle"));
}

const STEPS = [
  "status",
  "basics",
  "tasks",
  "parameters",
  "attachments",
  "documents",
  "publications",
  "commission",
] as const;

/** The official's announcement, part by part; once published only the extension, documents and the commission call change. */
export default async function CompetitionEditPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const competition = await getCompetitionBySlug((await params).slug);
  if (!competition) notFound();
  await requireScopedPermission(locale, "competitions.manage", { institutionId: competition.institutionId });
  const [t, view] = await Promise.all([getTranslations({ locale }), competitionEditView(competition, locale)]);
  const institution = competition.institution;
  const steps = view.draft ? STEPS : (["status", "documents", "commission"] as const);
  const heading = (id: (typeof STEPS)[number], text: string) => (
    <h2 id={id} className="mt-10 text-2xl font-bold" tabIndex={-1}>
      {text}
    </h2>
  );
  return (
    <ClientMessages
      namespaces={["competitionsAdmin", "attachments", "organisationDocuments", "errors", "forms.errors", "ui"]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            {
              label: t("competitionsAdmin.title"),
              href: { pathname: "/institutions/[slug]/competitions", params: { slug: institution.slug } },
            },
            { label: competition.title },
          ]}
        />
        <h1 className="text-3xl font-bold">{competition.title}</h1>
        <p className="mt-2 text-slate-700">
          {t("competitionsAdmin.editTitle")} · {t(`competitionsAdmin.phases.${view.phase}`)}
        </p>
        <nav aria-label={t("competitionsAdmin.stepsLabel")} className="mt-4">
          <ol className="flex flex-wrap gap-x-4 gap-y-1">
            {steps.map((step, index) => (
              <li key={step}>
                <a href={`#${step}`} className="underline">
                  {index + 1}. {t(`competitionsAdmin.steps.${step}`)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <StatusSection competition={competition} problems={view.problems} history={view.history} />
        {view.draft && (
          <>
            {heading("basics", t("competitionsAdmin.steps.basics"))}
            <CompetitionBasicsForm
              target={{ competitionId: competition.id }}
              defaultValues={basicsDefaults(competition)}
              options={view.options}
              deadlineHint={view.deadlineHint}
            />
            <TasksSection competition={competition} spheres={view.options.spheres} years={view.sameKindYears} />
            {heading("parameters", t("competitionsAdmin.steps.parameters"))}
            <CompetitionParametersForm competitionId={competition.id} defaultValues={parametersDefaults(competition)} />
            <RequirementsSection competition={competition} />
          </>
        )}
        <div id="documents" tabIndex={-1}>
          <AttachmentManager
            owner={{ competitionId: competition.id }}
            baseUrl={`/api/competitions/${competition.id}/documents`}
            attachments={competition.documents.map((document) => ({
              id: document.id,
              title: document.title,
              format: document.file.originalName.split(".").pop() ?? "",
              size: document.file.size,
            }))}
            changeable={competition.status === "DRAFT" || competition.status === "PUBLISHED"}
            removable={view.draft}
            kinds={{
              label: t("competitionsAdmin.documentKind"),
              options: documentKinds.map((kind) => ({
                value: kind,
                label: t(`competitionsAdmin.documentKinds.${kind}`),
              })),
            }}
            heading={t("competitionsAdmin.documentsHeading")}
            intro={t("competitionsAdmin.documentsIntro")}
          />
        </div>
        {view.draft && (
          <section aria-labelledby="publications">
            {heading("publications", t("competitionsAdmin.publicationsHeading"))}
            <p className="mt-2 max-w-3xl">{t("competitionsAdmin.publicationsIntro")}</p>
            {view.publications.map(({ channel, ...defaults }) => (
              <PublicationForm
                key={channel}
                competitionId={competition.id}
                channel={channel}
                defaultValues={defaults}
              />
            ))}
          </section>
        )}
        <section aria-labelledby="commission">
          {heading("commission", t("competitionsAdmin.callHeading"))}
          <p className="mt-2 max-w-3xl">{t("competitionsAdmin.callIntro")}</p>
          <CommissionCallForm competitionId={competition.id} defaultValues={callDefaults(competition)} />
        </section>
      </>
    </ClientMessages>
  );
}
