import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AskQuestionForm, DecideQuestionForms } from "@/components/competitions/public/question-forms";
import { QuestionList } from "@/components/competitions/public/question-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import { getCurrentUser } from "@/lib/auth/session";
import { visibleCompetitionBySlug } from "@/lib/competitions/page-view";
import { questionsPageView } from "@/lib/competitions/questions/page-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const competition = await visibleCompetitionBySlug((await params).slug);
  if (!competition) return {};
  const t = await getTranslations({ locale, namespace: "competitions.questions" });
  return pageTitle(locale, `${t("title")}: ${competition.title}`, "competitions");
}

// Personal (the form, one's own questions, the official's answers): read with the session, never cached.
export default async function CompetitionQuestionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const view = await questionsPageView(slug, await getCurrentUser());
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const { competition } = view;
  const params_ = { slug };
  return (
    <ClientMessages namespaces={["competitions.questions", "errors", "forms.errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("competitions.title"), href: "/competitions" },
          { label: competition.title, href: { pathname: "/competitions/[slug]", params: params_ } },
          { label: t("competitions.questions.title") },
        ]}
      />
      <h1 className="text-3xl font-bold break-words">
        {t("competitions.questions.title")}: <span lang="pl">{competition.title}</span>
      </h1>
      <p className="mt-4 max-w-3xl">{t("competitions.questions.intro")}</p>
      <section aria-labelledby="answered-heading" className="mt-8 max-w-3xl">
        <h2 id="answered-heading" className="text-2xl font-bold">
          {t("competitions.questions.answeredHeading")}
        </h2>
        {view.answered.length === 0 ? (
          <p className="mt-3">{t("competitions.questions.noneAnswered")}</p>
        ) : (
          <QuestionList questions={view.answered} />
        )}
      </section>
      {view.own.length > 0 && (
        <section aria-labelledby="own-heading" className="mt-8 max-w-3xl">
          <h2 id="own-heading" className="text-2xl font-bold">
            {t("competitions.questions.ownHeading")}
          </h2>
          <QuestionList questions={view.own} showOrganisation />
        </section>
      )}
      {view.manages && (
        <section aria-labelledby="pending-heading" className="mt-8 max-w-4xl">
          <h2 id="pending-heading" className="text-2xl font-bold">
            {t("competitions.questions.pendingHeading")}
          </h2>
          {view.pending.length === 0 ? (
            <p className="mt-3">{t("competitions.questions.nonePending")}</p>
          ) : (
            <QuestionList questions={view.pending} showOrganisation>
              {(id) => <DecideQuestionForms questionId={id} body={view.pending.find((q) => q.id === id)?.body ?? ""} />}
            </QuestionList>
          )}
        </section>
      )}
      <section aria-labelledby="ask-heading" className="mt-8 max-w-3xl">
        <h2 id="ask-heading" className="text-2xl font-bold">
          {t("competitions.questions.askHeading")}
        </h2>
        {!view.askingOpen ? (
          <p className="mt-3">{t("competitions.questions.askingClosed")}</p>
        ) : !view.signedIn ? (
          <p className="mt-3">
            <Link
              href={signInReturningTo({ pathname: "/competitions/[slug]/questions", params: params_ }, locale)}
              className="underline"
            >
              {t("competitions.questions.signIn")}
            </Link>
          </p>
        ) : view.organisations.length === 0 ? (
          <Alert tone="info">{t("competitions.questions.onlyOrganisations")}</Alert>
        ) : (
          <AskQuestionForm competitionId={competition.id} organisations={view.organisations} tasks={view.tasks} />
        )}
      </section>
    </ClientMessages>
  );
}
