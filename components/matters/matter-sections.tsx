import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { MatterGroup, MatterItem, MatterSection } from "@/lib/matters/page-view";
import type { MatterKind } from "@/lib/matters/types";
import { longDateTime } from "@/lib/i18n/date-time";

/** Kinds whose items carry a number (remarks, posts, requests); the others are one thing each. */
const COUNTED = [
  "remarksToEdit",
  "watchedThreads",
  "joinRequests",
  "invitations",
  "remarksToAnswer",
  "officialRequests",
  "questionsToAnswer",
  "smallGrantRemarksToAnswer",
] as const;
type CountedKind = (typeof COUNTED)[number];
const isCounted = (kind: MatterKind): kind is CountedKind => (COUNTED as readonly string[]).includes(kind);

function Item({ kind, item }: { kind: MatterKind; item: MatterItem }) {
  const t = useTranslations("myMatters");
  const format = useFormatter();
  const when = (date: Date) => longDateTime(format, date);
  const facts = [
    item.count !== null && isCounted(kind) ? t(`counts.${kind}`, { count: item.count }) : null,
    item.deadline
      ? // A signed confirmation is due later than the offer: its date is named as the confirmation's.
        t(kind === "confirmationsMissing" ? "confirmationDeadline" : "deadline", { date: when(item.deadline) })
      : null,
    item.daysLeft === undefined ? null : t("daysLeft", { count: item.daysLeft }),
    item.confirmation ? t(`confirmation.${item.confirmation}`) : null,
    item.remarksWindow
      ? t(item.remarksWindow.past ? "remarksEnded" : "remarksUntil", { date: when(item.remarksWindow.at) })
      : null,
    item.closes ? t(item.closes.past ? "closed" : "closes", { date: when(item.closes.at) }) : null,
    item.answer?.decision ? t(`decisions.${item.answer.decision}`) : null,
    item.answer ? t("answered", { date: when(item.answer.at) }) : null,
    item.report ? t(`report.${item.report}`) : null,
    item.returned === undefined ? null : t(item.returned ? "returned" : "waiting"),
  ].filter((fact): fact is string => fact !== null);
  return (
    <li className="py-2 break-words">
      <Link href={item.href} className="font-semibold text-blue-900 underline" lang="pl">
        {item.title}
      </Link>
      {facts.length > 0 && <p className="text-slate-700">{facts.join(" · ")}</p>}
    </li>
  );
}

function Group({ sectionId, group }: { sectionId: string; group: MatterGroup }) {
  const t = useTranslations("myMatters");
  const headingId = `${sectionId}-${group.kind}`;
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="text-lg font-bold">
        {t(`kinds.${group.kind}`)} <span className="font-normal text-slate-700">({group.items.length})</span>
      </h3>
      <ul className="divide-y divide-slate-200">
        {group.items.map((item, index) => (
          <Item key={index} kind={group.kind} item={item} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One section per name the person acts in (themselves, each organisation,
 * each office), each grouped by kind. Plain server-rendered markup: the page
 * is personal and rendered afresh, so it sends no script of its own.
 */
export function MatterSections({ sections }: { sections: MatterSection[] }) {
  const t = useTranslations("myMatters");
  return (
    <div className="mt-6 space-y-8">
      {sections.map((section) => {
        const headingId = `matters-${section.id}`;
        return (
          <section key={section.id} aria-labelledby={headingId} className="rounded border border-slate-300 p-4">
            <h2 id={headingId} className="text-2xl font-bold break-words">
              {section.kind === "personal" ? (
                t("personal")
              ) : (
                <>
                  <span className="block text-sm font-semibold text-slate-700 uppercase">{t(section.kind)}</span>
                  {section.name}
                </>
              )}
            </h2>
            {section.groups.length === 0 ? (
              <p className="mt-2 text-slate-700">{t("nothingHere")}</p>
            ) : (
              section.groups.map((group) => <Group key={group.kind} sectionId={headingId} group={group} />)
            )}
          </section>
        );
      })}
    </div>
  );
}
