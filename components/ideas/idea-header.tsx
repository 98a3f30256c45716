import { useFormatter, useTranslations } from "next-intl";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { IdeaClockBadge, IdeaStatusBadge } from "@/components/ideas/idea-badges";
import { Link } from "@/lib/i18n/navigation";
import type { IdeaPageView } from "@/lib/ideas/page-view";

/**
 * The entry's kind, title, status and clock, and who wrote it for whom. How many
 * support it is shown once, in the support section beside its buttons (for
 * visitors too), so a support updates the only count on the page.
 */
export function IdeaHeader({ view }: { view: IdeaPageView }) {
  const t = useTranslations("ideas");
  const format = useFormatter();
  return (
    <header>
      <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{t(`kinds.${view.kind}`)}</p>
      <h1 className="mt-1 text-3xl font-bold break-words" lang="pl">
        {view.title}
      </h1>
      <PolishContentNotice kind="discussion" />
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <IdeaStatusBadge status={view.status} />
        <IdeaClockBadge clock={view.clock} />
        {view.mustAnswerSince && (
          <span className="inline-block rounded border-2 border-blue-900 px-2 py-0.5 text-sm font-semibold">
            {t("mustAnswer")}
          </span>
        )}
      </div>
      <dl className="mt-4 grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("author")}</dt>
        <dd>
          {view.author.kind === "organisation" ? (
            <Link
              href={{ pathname: "/organisations/[slug]", params: { slug: view.author.slug } }}
              className="underline"
            >
              {view.author.name}
            </Link>
          ) : (
            (view.author.name ?? t("formerUser"))
          )}
        </dd>
        <dt className="font-semibold">{t("addressee")}</dt>
        <dd>
          {view.office ? (
            <Link href={{ pathname: "/institutions/[slug]", params: { slug: view.office.slug } }} className="underline">
              {view.office.name}
            </Link>
          ) : (
            t(`addressees.${view.addressee}`)
          )}
        </dd>
        {view.publishedAt && (
          <>
            <dt className="font-semibold">{t("published")}</dt>
            <dd>
              <time dateTime={view.publishedAt.toISOString()}>
                {format.dateTime(view.publishedAt, { dateStyle: "long" })}
              </time>
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
