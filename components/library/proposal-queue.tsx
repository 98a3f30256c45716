"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { DecisionButton, ReasonDecision, useItemDecisions } from "@/components/moderation/item-decisions";
import { QueueList } from "@/components/moderation/queue-list";
import { Link } from "@/lib/i18n/navigation";
import { acceptDocumentAction, rejectDocumentAction } from "@/lib/library/actions";

type VersionLink = { id: string; number: number; format: string };
/** A change an organisation made to its accepted document: new fields (if the description changed). */
type Change = { title: string | null; excerpt: string | null; proposer: string | null; proposedAt: Date };
/**
 * `versions`: every file a decision would make public (a proposal's all, a
 * change's new ones), each listed so the moderator can open it; `shown` goes
 * back with the decision, which is refused if anything changed since.
 */
export type Proposal = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  organisation: string;
  proposer: string | null;
  createdAt: Date;
  versions: VersionLink[];
  change: Change | null;
  shown: { shownAt: string; versionIds: string[] };
};

function FileList({ versions, title, none }: { versions: VersionLink[]; title: string; none: string }) {
  if (versions.length === 0) return <p className="mt-2">{none}</p>;
  return (
    <ul className="mt-2 list-disc pl-6">
      {versions.map((version) => (
        <li key={version.id}>
          <FileLink version={version} title={title} />
        </li>
      ))}
    </ul>
  );
}

function FileLink({ version, title }: { version: VersionLink; title: string }) {
  const t = useTranslations();
  return (
    <a href={`/api/library/versions/${version.id}`} className="underline">
      {t("libraryModeration.file", { number: version.number, format: version.format.toUpperCase() })}
      <span className="sr-only"> – {title}</span>
    </a>
  );
}

/**
 * Organisations' proposed documents, and changes to their accepted ones: a
 * moderator accepts each (into the library, or as its new public state) or
 * rejects it with a reason.
 */
export function ProposalQueue({ items, empty }: { items: Proposal[]; empty: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const accept = useAction(acceptDocumentAction);
  const reject = useAction(rejectDocumentAction);
  const decisions = useItemDecisions("libraryModeration.refusals");

  return (
    <QueueList items={items} empty={empty} status={decisions.alerts}>
      {(item) => (
        <>
          <h2 className="text-xl font-bold">
            <Link href={{ pathname: "/library/[slug]", params: { slug: item.slug } }} className="underline">
              {item.title}
            </Link>
          </h2>
          {item.change ? (
            <>
              <p className="mt-1 font-semibold">{t("libraryModeration.changeLabel")}</p>
              <p className="mt-1 text-slate-800">
                {item.organisation}
                {item.change.proposer ? ` · ${item.change.proposer}` : ""} ·{" "}
                {format.dateTime(item.change.proposedAt, { dateStyle: "medium" })}
              </p>
              {item.change.title !== null && (
                <dl className="mt-2">
                  <dt className="font-semibold">{t("libraryModeration.changedTitle")}</dt>
                  <dd lang="pl">{item.change.title}</dd>
                  <dt className="mt-1 font-semibold">{t("libraryModeration.changedDescription")}</dt>
                  <dd lang="pl">{item.change.excerpt}</dd>
                </dl>
              )}
              <FileList versions={item.versions} title={item.title} none={t("libraryModeration.noNewFile")} />
            </>
          ) : (
            <>
              <p className="mt-1 text-slate-800">
                {item.organisation}
                {item.proposer ? ` · ${item.proposer}` : ""} ·{" "}
                {format.dateTime(item.createdAt, { dateStyle: "medium" })}
              </p>
              <p className="mt-2">{item.excerpt}</p>
              <FileList versions={item.versions} title={item.title} none={t("libraryModeration.noFile")} />
            </>
          )}
          <div className="mt-3 flex flex-wrap items-start gap-3">
            <DecisionButton
              context={item.title}
              disabled={decisions.pending || (!item.change && item.versions.length === 0)}
              onClick={() =>
                void decisions.decide(
                  () => accept.executeAsync({ documentId: item.id, ...item.shown }),
                  t("libraryModeration.accepted", { title: item.title }),
                )
              }
            >
              {t("libraryModeration.accept")}
            </DecisionButton>
            <ReasonDecision
              decisions={decisions}
              open={t("newsModeration.reject")}
              submit={t("libraryModeration.confirmReject")}
              context={item.title}
              done={t("libraryModeration.rejected", { title: item.title })}
              run={(reason) => reject.executeAsync({ documentId: item.id, ...item.shown, reason })}
            />
          </div>
        </>
      )}
    </QueueList>
  );
}
