"use client";

import type { ReactNode } from "react";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { Link } from "@/lib/i18n/navigation";

/**
 * The body of a page that is one copy for everyone but whose content is the
 * reader's own (the notification centre, "My matters"): asks `url` once the
 * page has loaded and shows `children` with the answer; a visitor is offered
 * to sign in and come back to `signInNext`. The frame is a screen high from
 * the first paint, so the footer is below the fold and nothing moves when the
 * answer comes.
 */
export function ReaderPage<T extends { signedIn: true }>({
  url,
  loadingLabel,
  signInLabel,
  signInNext,
  children,
}: {
  url: string;
  /** Said while the answer is on its way (it takes a moment on a slow line). */
  loadingLabel: string;
  signInLabel: string;
  signInNext: string;
  children: (answer: T, reload: () => void) => ReactNode;
}) {
  const { answer, failed, reload } = useReaderAnswer<T | { signedIn: false }>(url);
  const frame = "min-h-screen";
  if (!answer)
    return (
      <div className={frame}>
        {failed ? (
          <ReaderAnswerFailed retry={reload} />
        ) : (
          <p role="status" className="mt-4 text-slate-700">
            {loadingLabel}
          </p>
        )}
      </div>
    );
  if (!answer.signedIn)
    return (
      <div className={frame}>
        <p className="mt-4">
          <Link href={{ pathname: "/sign-in", query: { next: signInNext } }} className="underline">
            {signInLabel}
          </Link>
        </p>
      </div>
    );
  return <div className={frame}>{children(answer as T, reload)}</div>;
}
