"use client";

import { useTranslations } from "next-intl";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { Link } from "@/lib/i18n/navigation";
import { matterKindsByUrgency, type MattersSummary } from "@/lib/matters/types";

/**
 * One frame for the wait and for every answer, as high as each answer's three
 * lines (the heading, a sentence, one row of links), so the page below it
 * does not move when the answer comes. The row holds at most three links
 * before "My matters", and those only from 1024 px up (narrower, each would
 * take a line of its own): the most urgent kinds of what asks for action
 * (deadlines first), or, when not all fit, two of them and how many matters
 * are left out, so what the row says adds up to the count of matters to deal
 * with; the rest, and the news, are one link away, on My matters.
 */
const frame = "mt-4 min-h-[8.125rem] rounded border border-blue-800 bg-blue-50 p-4";
const SHOWN_LINKS = 3;
const linkClass = "block py-1 text-blue-900 underline";

/**
 * What asks for the person's action and what is news, counted apart (UX
 * review F-W2): "5 spraw do załatwienia, 7 nowości"; what waits on others
 * (a request, writing in moderation) is on My matters only.
 */
function summaryLine(t: ReturnType<typeof useTranslations<"myMatters.strip">>, toDo: number, toRead: number) {
  const news = t("toRead", { count: toRead });
  if (toDo === 0) return toRead === 0 ? t("nothing") : t("onlyNews", { toRead: news });
  const tasks = t("toDo", { count: toDo });
  return toRead === 0 ? tasks : t("both", { toDo: tasks, toRead: news });
}

/**
 * The signed-in reader's counts from /api/account/matters-summary, each a
 * link to "My matters"; for a visitor, where the same will be once signed in.
 */
export function ForYouStripClient() {
  const t = useTranslations("myMatters.strip");
  const tKinds = useTranslations("myMatters.kinds");
  const { answer, failed, reload } = useReaderAnswer<MattersSummary>("/api/account/matters-summary");
  if (!answer) return <div className={frame}>{failed && <ReaderAnswerFailed retry={reload} />}</div>;
  const kinds = answer.signedIn
    ? matterKindsByUrgency.flatMap((kind) => {
        const count = answer.counts[kind] ?? 0;
        return count > 0 ? [{ kind, count }] : [];
      })
    : [];
  const waiting = kinds.length > SHOWN_LINKS ? kinds.slice(0, SHOWN_LINKS - 1) : kinds;
  const leftOut = answer.signedIn ? answer.toDo - waiting.reduce((sum, { count }) => sum + count, 0) : 0;
  return (
    <section aria-labelledby="for-you-heading" className={frame}>
      <h2 id="for-you-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1">{answer.signedIn ? summaryLine(t, answer.toDo, answer.toRead) : t("visitor")}</p>
      <ul className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
        {waiting.map(({ kind, count }) => (
          <li key={kind} className="hidden lg:block">
            <Link href="/my-matters" className={`${linkClass} text-sm`}>
              {t("kind", { label: tKinds(kind), count })}
            </Link>
          </li>
        ))}
        {leftOut > 0 && (
          <li className="hidden lg:block">
            <Link href="/my-matters" className={`${linkClass} text-sm`}>
              {t("more", { count: leftOut })}
            </Link>
          </li>
        )}
        {answer.signedIn ? (
          <li>
            <Link href="/my-matters" className={`${linkClass} font-semibold`}>
              {t("open")}
            </Link>
          </li>
        ) : (
          <>
            <li>
              <Link href="/sign-in" className={`${linkClass} font-semibold`}>
                {t("signIn")}
              </Link>
            </li>
            <li>
              <Link href="/sign-up" className={linkClass}>
                {t("signUp")}
              </Link>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
