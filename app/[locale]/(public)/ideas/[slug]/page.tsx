import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaAttachments } from "@/components/ideas/idea-attachments";
import { IdeaDescription } from "@/components/ideas/idea-description";
import { IdeaHeader } from "@/components/ideas/idea-header";
import { IdeaStateNotice } from "@/components/ideas/idea-state-notice";
import { IdeaTopics } from "@/components/ideas/idea-topics";
import { IdeaWriterLinks } from "@/components/ideas/idea-writer-links";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AnswersSection } from "@/components/ideas/answers/answers-section";
import { OutcomesSection } from "@/components/ideas/outcomes/outcomes-section";
import { SupportSection } from "@/components/ideas/support/support-section";
import { IdeaDiscussion } from "@/components/ideas/comments/idea-discussion";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCurrentUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { ideaPageViewOnce } from "@/lib/ideas/page-view";
import { ideaDiscussionView } from "@/lib/ideas/comments/discussion-view";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const outcome = await ideaPageViewOnce((await params).slug, locale, await getCurrentUser());
  if (!outcome || !("view" in outcome)) return {};
  const { view } = outcome;
  return {
    ...(await pageTitle(locale, view.title, "ideas")),
    ...(view.visibility === "PUBLISHED" ? {} : { robots: { index: false } }),
  };
}

/**
 * An entry on the ideas board. Its sections in order: what it is and where it
 * stands, its description (and a task proposal's fields), documents, what it
 * concerns; then support, the addressee's answers, what came of it, and the
 * discussion (added by their parts of the board).
 */
export default async function IdeaPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const slug = (await params).slug;
  const viewer = await getCurrentUser();
  const outcome = await ideaPageViewOnce(slug, locale, viewer);
  if (!outcome) notFound();
  if ("redirectTo" in outcome)
    permanentRedirect(
      getPathname({ href: { pathname: "/ideas/[slug]", params: { slug: outcome.redirectTo } }, locale }),
    );
  const { view } = outcome;
  const t = await getTranslations({ locale });
  const query = await searchParams;
  const discussionPage = Number(query.dyskusja) || 1;
  const discussion = await ideaDiscussionView({ idea: view, viewer, page: discussionPage });
  return (
    <article>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("ideas.title"), href: "/ideas" },
          { label: view.title },
        ]}
      />
      <IdeaStateNotice view={view} justSent={query.nowy === "1"} />
      <IdeaHeader view={view} />
      <IdeaWriterLinks view={view} />
      <IdeaDescription view={view} />
      <IdeaAttachments view={view} />
      <IdeaTopics view={view} />
      {/* Support, answers and outcomes have client parts (buttons, forms) reading these messages. */}
      <ClientMessages namespaces={["ideaAnswers", "forms", "errors", "ui"]}>
        {view.support && <SupportSection view={view.support} slug={view.slug} locale={locale} />}
        {view.answers && <AnswersSection view={view.answers} />}
        <OutcomesSection view={view.outcomes} />
      </ClientMessages>
      {discussion && <IdeaDiscussion view={discussion} slug={view.slug} locale={locale} />}
    </article>
  );
}
