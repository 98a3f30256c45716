"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { DecisionButton, ReasonDecision, useItemDecisions } from "@/components/moderation/item-decisions";
import { QueueList } from "@/components/moderation/queue-list";
import { Link } from "@/lib/i18n/navigation";
import {
  acceptPartnerRequestAction,
  hidePartnerRequestAction,
  rejectPartnerRequestAction,
} from "@/lib/partnerships/requests/actions";
import type { QueuedPartnerRequest } from "@/lib/partnerships/requests/moderation-queue";

export type PartnerRequestQueueSection = "held" | "changes" | "review";

/** The screened fields shown as written, after the rendered initiative. */
const TEXT_FIELDS = [
  "callName",
  "callUrl",
  "partnerGives",
  "partnerGets",
  "budgetNote",
  "timelineNote",
  "closingNote",
] as const;

const FIELD_LABELS = {
  sphereIds: "spheres",
  territoryCodes: "territories",
} as const;

/**
 * One list of the moderators' partner requests queue: held new requests
 * (publish, or reject with a reason), held changes and closing notes shown
 * before and after (accept, or reject with a reason: the public text stays),
 * and requests public at once to look at (looked at, or hide with a reason).
 * Each item's text holds every field the blocked-word screen reads.
 */
export function PartnerRequestModerationList({
  section,
  items,
  empty,
}: {
  section: PartnerRequestQueueSection;
  items: QueuedPartnerRequest[];
  empty: string;
}) {
  const t = useTranslations("partnerRequestModeration");
  const field = useTranslations("partnerRequestForm");
  const format = useFormatter();
  const decisions = useItemDecisions("partnerRequestModeration.refusals");
  const { decide, pending } = decisions;
  const accept = useAction(acceptPartnerRequestAction);
  const reject = useAction(rejectPartnerRequestAction);
  const hide = useAction(hidePartnerRequestAction);
  const label = (name: string) =>
    name === "area"
      ? t("queue.area")
      : name === "closingNote"
        ? t("queue.closingNote")
        : field(FIELD_LABELS[name as keyof typeof FIELD_LABELS] ?? (name as "title"));
  return (
    <QueueList items={items} empty={empty} status={decisions.alerts}>
      {(item) => (
        <>
          <h3 className="text-xl font-bold break-words">
            <Link
              href={{ pathname: "/partnerships/[slug]", params: { slug: item.slug } }}
              className="underline"
              lang="pl"
            >
              {item.title}
            </Link>
          </h3>
          <p className="mt-1 text-slate-800">
            {t("queue.by", { party: item.party ?? t("queue.formerParty") })} ·{" "}
            {t("queue.submitted", {
              date: format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          {item.change ? (
            <div className="mt-2 max-w-3xl">
              <dl className="space-y-3">
                {item.change.worded.map((change) => (
                  <div key={change.field}>
                    <dt className="font-semibold">{label(change.field)}</dt>
                    <dd className="mt-1 grid gap-2 sm:grid-cols-2">
                      <div className="rounded border-2 border-slate-300 p-2">
                        <p className="text-sm font-semibold">{t("queue.before")}</p>
                        <p className="break-words whitespace-pre-line" lang="pl">
                          {change.before || t("queue.emptyValue")}
                        </p>
                      </div>
                      <div className="rounded border-2 border-slate-700 p-2">
                        <p className="text-sm font-semibold">{t("queue.after")}</p>
                        <p className="break-words whitespace-pre-line" lang="pl">
                          {change.after || t("queue.emptyValue")}
                        </p>
                      </div>
                    </dd>
                  </div>
                ))}
              </dl>
              {item.change.listed.length > 0 && (
                <p className="mt-2">
                  {t("queue.alsoChanged", { fields: item.change.listed.map((name) => label(name)).join(", ") })}
                </p>
              )}
            </div>
          ) : item.unreadableChange ? (
            <p className="mt-2">{t("queue.unreadableChange")}</p>
          ) : null}
          {/* Every field the blocked-word screen reads, as it stands: the flagged words may be in any of them. */}
          <details className="mt-2">
            <summary className="cursor-pointer font-semibold">{t("queue.text")}</summary>
            <dl className="mt-2 max-w-3xl space-y-3">
              <div>
                <dt className="font-semibold">{field("initiative")}</dt>
                <dd
                  className="prose-user mt-1 space-y-3 break-words"
                  lang="pl"
                  dangerouslySetInnerHTML={{ __html: item.initiativeHtml }}
                />
              </div>
              {TEXT_FIELDS.map(
                (name) =>
                  item[name] && (
                    <div key={name}>
                      <dt className="font-semibold">{label(name)}</dt>
                      <dd className="mt-1 break-words whitespace-pre-line" lang="pl">
                        {item[name]}
                      </dd>
                    </div>
                  ),
              )}
            </dl>
          </details>
          <div className="mt-3 flex flex-wrap items-start gap-3">
            {!item.unreadableChange && (
              <DecisionButton
                context={item.title}
                disabled={pending}
                onClick={() =>
                  void decide(
                    () => accept.executeAsync({ requestId: item.id, shown: item.version }),
                    t("queue.accepted", { title: item.title }),
                  )
                }
              >
                {t(`queue.accept.${section}`)}
              </DecisionButton>
            )}
            {section !== "review" && (
              <ReasonDecision
                decisions={decisions}
                open={t("queue.reject")}
                submit={t("queue.confirmReject")}
                context={item.title}
                done={t("queue.rejected", { title: item.title })}
                run={(reason) => reject.executeAsync({ requestId: item.id, shown: item.version, reason })}
              />
            )}
            {section !== "held" && (
              <ReasonDecision
                decisions={decisions}
                open={t("queue.hide")}
                submit={t("queue.confirmHide")}
                context={item.title}
                done={t("queue.hidden", { title: item.title })}
                run={(reason) => hide.executeAsync({ requestId: item.id, reason })}
              />
            )}
          </div>
        </>
      )}
    </QueueList>
  );
}
