"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { PendingChangeView } from "@/lib/news/queries";
import { WordDiff } from "@/components/ui/word-diff";

/**
 * Everything the change would make public, for the moderator to read before
 * deciding: the new text as the article would show it (with its new
 * pictures), what changed in it, the new cover, pictures and documents.
 */
export function ChangeInFull({ change, title }: { change: PendingChangeView; title: string }) {
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
