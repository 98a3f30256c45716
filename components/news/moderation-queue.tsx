"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { ReasonDisclosure } from "@/components/forms/reason-disclosure";
import { useDecisions } from "@/components/forms/use-decisions";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import {
  approveNewsAction,
  featureNewsAction,
  rejectNewsAction,
  reviewNewsAction,
  unpublishNewsAction,
} from "@/lib/news/actions";
import type { PendingChangeView } from "@/lib/news/queries";
import { moderationReasonSchema } from "@/lib/news/schemas";
import { WordDiff } from "@/components/ui/word-diff";

/** `shown`: the fingerprint of what this list shows, sent with a decision so it applies to that alone. */
export type ModeratedArticle = {
  id: string;
  shown: string;
  slug: string;
  title: string;
  lead: string;
  author: string;
  writer: string | null;
  date: Date | null;
  publishAt: Date | null;
  scheduledFor: Date | null;
  featured: boolean;
  change?: PendingChangeView | null;
};
type Section = "pending" | "toReview" | "published";

/**
 * One list of the moderators' news queue: articles waiting for approval
 * (approve, reject with a reason), published ones to review (keep, unpublish
 * with a reason), or the latest published (feature, unpublish).
 */
export function NewsModerationList({
  section,
  items,
  empty,
}: {
  section: Section;
  items: ModeratedArticle[];
  empty: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const { decide, alerts } = useDecisions("newsModeration.refusals");
  const approve = useAction(approveNewsAction);
  const reject = useAction(rejectNewsAction);
  const unpublish = useAction(unpublishNewsAction);
  const review = useAction(reviewNewsAction);
  const feature = useAction(featureNewsAction);
  const pending = approve.isPending || reject.isPending || unpublish.isPending || review.isPending || feature.isPending;

  const withReason = async (
    run: (reason: string) => ReturnType<typeof reject.executeAsync | typeof unpublish.executeAsync>,
    reason: string,
    done: string,
  ): Promise<string | null> => {
    const parsed = moderationReasonSchema.safeParse(reason);
    if (!parsed.success) return t(`forms.errors.${parsed.error.issues[0]!.message}` as never);
    await decide(() => run(parsed.data), done);
    return null;
  };

  return (
    <>
      {alerts}
      {items.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ul className="mt-4 space-y-4">
          {items.map((item) => (
            <li key={item.id} className="rounded border-2 border-slate-300 p-4">
              <h3 className="text-xl font-bold">
                <Link href={{ pathname: "/news/[slug]", params: { slug: item.slug } }} className="underline">
                  {item.title}
                </Link>
              </h3>
              <p className="mt-1 text-slate-800">
                {item.author}
                {item.writer ? ` · ${item.writer}` : ""}
                {item.date ? ` · ${format.dateTime(item.date, { dateStyle: "medium", timeStyle: "short" })}` : ""}
              </p>
              {/* Approved but not yet out: visitors get it only at this time. */}
              {item.scheduledFor && (
                <p className="mt-1 font-semibold">
                  {t("newsPublication.scheduledFor", {
                    date: format.dateTime(item.scheduledFor, { dateStyle: "long", timeStyle: "short" }),
                  })}
                </p>
              )}
              {item.publishAt && section === "pending" && (
                <p className="mt-1">
                  {t("newsModeration.asksFor", {
                    date: format.dateTime(item.publishAt, { dateStyle: "long", timeStyle: "short" }),
                  })}
                </p>
              )}
              {item.change ? (
                <>
                  <p className="mt-2 font-semibold">{t("newsModeration.changeLabel")}</p>
                  {item.change.title !== null && (
                    <dl className="mt-1">
                      <dt className="font-semibold">{t("newsModeration.changedTitle")}</dt>
                      <dd lang="pl">{item.change.title}</dd>
                      <dt className="mt-1 font-semibold">{t("newsModeration.changedLead")}</dt>
                      <dd lang="pl">{item.change.lead}</dd>
                    </dl>
                  )}
                  <p className="mt-1">
                    {t("newsModeration.changedFiles", {
                      count: item.change.images.length + item.change.attachments.length,
                      cover: item.change.cover ? "yes" : "no",
                    })}
                  </p>
                  <ChangeInFull change={item.change} title={item.title} />
                </>
              ) : (
                <p className="mt-2">{item.lead}</p>
              )}
              <div className="mt-3 flex flex-wrap items-start gap-3">
                {section === "pending" && (
                  <>
                    <Button
                      disabled={pending}
                      onClick={() =>
                        void decide(
                          () => approve.executeAsync({ articleId: item.id, shown: item.shown }),
                          t("newsModeration.approved", { title: item.title }),
                        )
                      }
                    >
                      {t("newsModeration.approve")}
                      <span className="sr-only"> – {item.title}</span>
                    </Button>
                    <ReasonDisclosure
                      open={t("newsModeration.reject")}
                      label={t("newsModeration.reason")}
                      submit={t("newsModeration.confirmReject")}
                      cancel={t("newsModeration.cancel")}
                      context={item.title}
                      pending={pending}
                      onSubmit={(reason) =>
                        withReason(
                          (checked) => reject.executeAsync({ articleId: item.id, shown: item.shown, reason: checked }),
                          reason,
                          t("newsModeration.rejected", { title: item.title }),
                        )
                      }
                    />
                  </>
                )}
                {section === "toReview" && (
                  <Button
                    disabled={pending}
                    onClick={() =>
                      void decide(
                        () => review.executeAsync({ articleId: item.id, shown: item.shown }),
                        t("newsModeration.kept", { title: item.title }),
                      )
                    }
                  >
                    {t("newsModeration.keep")}
                    <span className="sr-only"> – {item.title}</span>
                  </Button>
                )}
                {section === "published" && (
                  <Button
                    variant="secondary"
                    aria-pressed={item.featured}
                    disabled={pending}
                    onClick={() =>
                      void decide(
                        () => feature.executeAsync({ articleId: item.id, featured: !item.featured }),
                        t(item.featured ? "newsModeration.unfeatured" : "newsModeration.featured", {
                          title: item.title,
                        }),
                      )
                    }
                  >
                    {t("newsModeration.feature")}
                    <span className="sr-only"> – {item.title}</span>
                  </Button>
                )}
                {section !== "pending" && (
                  <ReasonDisclosure
                    open={t("newsModeration.unpublish")}
                    label={t("newsModeration.reason")}
                    submit={t("newsModeration.confirmUnpublish")}
                    cancel={t("newsModeration.cancel")}
                    context={item.title}
                    pending={pending}
                    onSubmit={(reason) =>
                      withReason(
                        (checked) => unpublish.executeAsync({ articleId: item.id, reason: checked }),
                        reason,
                        t("newsModeration.unpublished", { title: item.title }),
                      )
                    }
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Everything the change would make public, for the moderator to read before
 * deciding: the new text as the article would show it (with its new
 * pictures), what changed in it, the new cover, pictures and documents.
 */
function ChangeInFull({ change, title }: { change: PendingChangeView; title: string }) {
  const t = useTranslations("newsModeration.inFull");
  const tr = useTranslations();
  const format = useFormatter();
  return (
    <details className="mt-2 rounded border border-slate-400 p-3">
      <summary className="cursor-pointer font-semibold underline">
        {t("open")}
        <span className="sr-only"> – {title}</span>
      </summary>
      {change.details && (
        <>
          <h4 className="mt-3 text-lg font-bold">{t("details")}</h4>
          <dl className="mt-2">
            <dt className="font-semibold">{t("kind")}</dt>
            <dd>{tr(`news.kinds.${change.details.kind}`)}</dd>
            <dt className="mt-1 font-semibold">{t("when")}</dt>
            <dd>
              {change.details.eventStartsAt
                ? format.dateTimeRange(
                    change.details.eventStartsAt,
                    change.details.eventEndsAt ?? change.details.eventStartsAt,
                    { dateStyle: "long", timeStyle: "short" },
                  )
                : "–"}
            </dd>
            <dt className="mt-1 font-semibold">{t("where")}</dt>
            <dd lang="pl">{change.details.eventPlace ?? "–"}</dd>
          </dl>
        </>
      )}
      <h4 className="mt-3 text-lg font-bold">{t("text")}</h4>
      <div
        className="prose-user mt-2 max-w-3xl space-y-4"
        lang="pl"
        dangerouslySetInnerHTML={{ __html: change.bodyHtml }}
      />
      <h4 className="mt-4 text-lg font-bold">{t("diff")}</h4>
      {change.bodyDiff ? (
        <p className="mt-2 max-w-3xl whitespace-pre-line" lang="pl">
          <WordDiff words={change.bodyDiff} labels={{ deleted: t("deleted"), inserted: t("inserted") }} />
        </p>
      ) : (
        <p className="mt-2">{t("textUnchanged")}</p>
      )}
      {change.cover && (
        <>
          <h4 className="mt-4 text-lg font-bold">{t("cover")}</h4>
          {/* eslint-disable-next-line @next/next/no-img-element -- the platform's own re-encoded picture, served only to those who may see it */}
          <img
            src={change.cover.src}
            alt={change.cover.alt}
            width={change.cover.width}
            height={change.cover.height}
            className="mt-2 h-auto max-w-xs rounded"
          />
        </>
      )}
      {change.images.length > 0 && (
        <>
          <h4 className="mt-4 text-lg font-bold">{t("pictures")}</h4>
          <ul className="mt-2 flex flex-wrap gap-3">
            {change.images.map((image) => (
              <li key={image.id} className="max-w-xs">
                {/* eslint-disable-next-line @next/next/no-img-element -- as above */}
                <img
                  src={image.src}
                  alt={image.alt}
                  width={image.width}
                  height={image.height}
                  className="h-auto max-w-full rounded"
                />
                <p className="text-sm" lang="pl">
                  {image.alt}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {change.attachments.length > 0 && (
        <>
          <h4 className="mt-4 text-lg font-bold">{t("attachments")}</h4>
          <ul className="mt-2 space-y-1">
            {change.attachments.map((file) => (
              <li key={file.id}>
                <a href={file.href} className="underline" lang="pl">
                  {file.title}
                </a>{" "}
                <span className="text-slate-700">
                  ({file.kind.toUpperCase()}, {format.number(file.size / 1024, { maximumFractionDigits: 0 })} KB)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
