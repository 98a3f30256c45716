"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { DecisionButton, ReasonDecision, useItemDecisions } from "@/components/moderation/item-decisions";
import { QueueList } from "@/components/moderation/queue-list";
import { Link } from "@/lib/i18n/navigation";
import { approveIdeaAction, hideIdeaAction, rejectIdeaAction } from "@/lib/ideas/actions";
import type { QueuedIdea } from "@/lib/ideas/queries";

type Section = "pending" | "changes" | "published";

/**
 * One list of the moderators' ideas queue: new entries waiting (approve, or
 * reject with a reason), changes to public entries (approve, or reject with a
 * reason), or the latest public entries (hide with a reason). Each entry is
 * shown as it would be public, its description rendered.
 */
export function IdeaModerationList({
  section,
  items,
  empty,
}: {
  section: Section;
  items: QueuedIdea[];
  empty: string;
}) {
  const t = useTranslations("ideas");
  const format = useFormatter();
  const decisions = useItemDecisions("ideas.moderation.refusals");
  const { decide, pending } = decisions;
  const approve = useAction(approveIdeaAction);
  const reject = useAction(rejectIdeaAction);
  const hide = useAction(hideIdeaAction);
  return (
    <QueueList items={items} empty={empty} status={decisions.alerts}>
      {(item) => (
        <>
          <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{t(`kinds.${item.kind}`)}</p>
          <h3 className="text-xl font-bold break-words">
            <Link href={{ pathname: "/ideas/[slug]", params: { slug: item.slug } }} className="underline" lang="pl">
              {item.title}
            </Link>
          </h3>
          <p className="mt-1 text-slate-800">
            {t("moderation.by", { author: item.author ?? t("formerUser") })} ·{" "}
            {t("moderation.to", { addressee: item.addressee ?? t(`addressees.${item.addresseeKind}`) })} ·{" "}
            {t("moderation.submitted", {
              date: format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          {section !== "published" && (
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold">{t("moderation.changedFields")}</summary>
              <div
                className="prose-user mt-2 max-w-3xl space-y-3 break-words"
                lang="pl"
                dangerouslySetInnerHTML={{ __html: item.bodyHtml }}
              />
              {item.newFiles.length > 0 && (
                <ul className="mt-2 list-disc pl-6">
                  {item.newFiles.map((file, index) => (
                    <li key={index} lang="pl">
                      {file.href ? (
                        <a href={file.href} className="underline">
                          {file.title}
                        </a>
                      ) : (
                        file.title
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          )}
          <div className="mt-3 flex flex-wrap items-start gap-3">
            {section !== "published" && (
              <>
                <DecisionButton
                  context={item.title}
                  disabled={pending}
                  onClick={() =>
                    void decide(
                      () => approve.executeAsync({ ideaId: item.id, shown: item.version }),
                      t("moderation.approved", { title: item.title }),
                    )
                  }
                >
                  {t("moderation.approve")}
                </DecisionButton>
                {!item.alreadyPublic && (
                  <ReasonDecision
                    decisions={decisions}
                    open={t("moderation.reject")}
                    submit={t("moderation.confirmReject")}
                    context={item.title}
                    done={t("moderation.rejected", { title: item.title })}
                    run={(reason) => reject.executeAsync({ ideaId: item.id, shown: item.version, reason })}
                  />
                )}
              </>
            )}
            {section !== "pending" && (
              <ReasonDecision
                decisions={decisions}
                open={t("moderation.hide")}
                submit={t("moderation.confirmHide")}
                context={item.title}
                done={t("moderation.hidden", { title: item.title })}
                run={(reason) => hide.executeAsync({ ideaId: item.id, reason })}
              />
            )}
          </div>
        </>
      )}
    </QueueList>
  );
}
