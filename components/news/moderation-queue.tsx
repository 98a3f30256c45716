"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { ReasonDisclosure } from "@/components/forms/reason-disclosure";
import { useDecisions } from "@/components/forms/use-decisions";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import { approveNewsAction, featureNewsAction, rejectNewsAction, reviewNewsAction, unpublishNewsAction } from "@/lib/news/actions";
import { moderationReasonSchema } from "@/lib/news/schemas";

/** A change to a published article waiting for approval: new title and lead (if the text changed), a new cover, how many new files. */
type Change = { title: string | null; lead: string | null; newCover: boolean; files: number };
/** `shown`: the fingerprint of what this list shows, sent with a decision so it applies to that alone. */
export type ModeratedArticle = { id: string; shown: string; slug: string; title: string; lead: string; author: string; writer: string | null; date: Date | null; publishAt: Date | null; featured: boolean; change?: Change | null };
type Section = "pending" | "toReview" | "published";

/**
 * One list of the moderators' news queue: articles waiting for approval
 * (approve, reject with a reason), published ones to review (keep, unpublish
 * with a reason), or the latest published (feature, unpublish).
 */
export function NewsModerationList({ section, items, empty }: { section: Section; items: ModeratedArticle[]; empty: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const { decide, alerts } = useDecisions("newsModeration.refusals");
  const approve = useAction(approveNewsAction);
  const reject = useAction(rejectNewsAction);
  const unpublish = useAction(unpublishNewsAction);
  const review = useAction(reviewNewsAction);
  const feature = useAction(featureNewsAction);
  const pending = approve.isPending || reject.isPending || unpublish.isPending || review.isPending || feature.isPending;

  const withReason = async (run: (reason: string) => ReturnType<typeof reject.executeAsync | typeof unpublish.executeAsync>, reason: string, done: string): Promise<string | null> => {
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
              {item.publishAt && section === "pending" && <p className="mt-1">{t("newsModeration.asksFor", { date: format.dateTime(item.publishAt, { dateStyle: "long", timeStyle: "short" }) })}</p>}
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
                  <p className="mt-1">{t("newsModeration.changedFiles", { count: item.change.files, cover: item.change.newCover ? "yes" : "no" })}</p>
                </>
              ) : (
                <p className="mt-2">{item.lead}</p>
              )}
              <div className="mt-3 flex flex-wrap items-start gap-3">
                {section === "pending" && (
                  <>
                    <Button disabled={pending} onClick={() => void decide(() => approve.executeAsync({ articleId: item.id, shown: item.shown }), t("newsModeration.approved", { title: item.title }))}>
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
                      onSubmit={(reason) => withReason((checked) => reject.executeAsync({ articleId: item.id, shown: item.shown, reason: checked }), reason, t("newsModeration.rejected", { title: item.title }))}
                    />
                  </>
                )}
                {section === "toReview" && (
                  <Button disabled={pending} onClick={() => void decide(() => review.executeAsync({ articleId: item.id }), t("newsModeration.kept", { title: item.title }))}>
                    {t("newsModeration.keep")}
                    <span className="sr-only"> – {item.title}</span>
                  </Button>
                )}
                {section === "published" && (
                  <Button variant="secondary" aria-pressed={item.featured} disabled={pending} onClick={() => void decide(() => feature.executeAsync({ articleId: item.id, featured: !item.featured }), t(item.featured ? "newsModeration.unfeatured" : "newsModeration.featured", { title: item.title }))}>
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
                    onSubmit={(reason) => withReason((checked) => unpublish.executeAsync({ articleId: item.id, reason: checked }), reason, t("newsModeration.unpublished", { title: item.title }))}
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
