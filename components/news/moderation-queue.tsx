"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { DecisionButton, ReasonDecision, useItemDecisions } from "@/components/moderation/item-decisions";
import { QueueList } from "@/components/moderation/queue-list";
import { ChangeInFull } from "@/components/news/change-in-full";
import { Link } from "@/lib/i18n/navigation";
import {
  approveNewsAction,
  featureNewsAction,
  rejectNewsAction,
  reviewNewsAction,
  unpublishNewsAction,
} from "@/lib/news/actions";
import type { PendingChangeView } from "@/lib/news/queries";
import { longDateTime } from "@/lib/i18n/date-time";

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
  const decisions = useItemDecisions("newsModeration.refusals");
  const { decide, pending } = decisions;
  const approve = useAction(approveNewsAction);
  const reject = useAction(rejectNewsAction);
  const unpublish = useAction(unpublishNewsAction);
  const review = useAction(reviewNewsAction);
  const feature = useAction(featureNewsAction);

  return (
    <QueueList items={items} empty={empty} status={decisions.alerts}>
      {(item) => (
        <>
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
                date: longDateTime(format, item.scheduledFor),
              })}
            </p>
          )}
          {item.publishAt && section === "pending" && (
            <p className="mt-1">
              {t("newsModeration.asksFor", {
                date: longDateTime(format, item.publishAt),
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
                <DecisionButton
                  context={item.title}
                  disabled={pending}
                  onClick={() =>
                    void decide(
                      () => approve.executeAsync({ articleId: item.id, shown: item.shown }),
                      t("newsModeration.approved", { title: item.title }),
                    )
                  }
                >
                  {t("newsModeration.approve")}
                </DecisionButton>
                <ReasonDecision
                  decisions={decisions}
                  open={t("newsModeration.reject")}
                  submit={t("newsModeration.confirmReject")}
                  context={item.title}
                  done={t("newsModeration.rejected", { title: item.title })}
                  run={(reason) => reject.executeAsync({ articleId: item.id, shown: item.shown, reason })}
                />
              </>
            )}
            {section === "toReview" && (
              <DecisionButton
                context={item.title}
                disabled={pending}
                onClick={() =>
                  void decide(
                    () => review.executeAsync({ articleId: item.id, shown: item.shown }),
                    t("newsModeration.kept", { title: item.title }),
                  )
                }
              >
                {t("newsModeration.keep")}
              </DecisionButton>
            )}
            {section === "published" && (
              <DecisionButton
                variant="secondary"
                aria-pressed={item.featured}
                context={item.title}
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
              </DecisionButton>
            )}
            {section !== "pending" && (
              <ReasonDecision
                decisions={decisions}
                open={t("newsModeration.unpublish")}
                submit={t("newsModeration.confirmUnpublish")}
                context={item.title}
                done={t("newsModeration.unpublished", { title: item.title })}
                run={(reason) => unpublish.executeAsync({ articleId: item.id, reason })}
              />
            )}
          </div>
        </>
      )}
    </QueueList>
  );
}
