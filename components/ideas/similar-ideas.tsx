"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link } from "@/lib/i18n/navigation";

type Similar = { slug: string; title: string; kind: string; status: string; organisations: number; people: number };

/**
 * Public entries like the title being typed (asked for 400 ms after the last
 * key), shown under the title field with "support it instead" guidance. A
 * polite live region says how many were found; focus stays in the field.
 */
export function SimilarIdeas({ title }: { title: string }) {
  const t = useTranslations("ideas");
  const [found, setFound] = useState<Similar[] | null>(null);
  const query = title.trim();
  useEffect(() => {
    if (query.length < 3) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/ideas/similar?title=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { ideas: [] }))
        .then((body: { ideas: Similar[] }) => setFound(body.ideas))
        .catch(() => undefined);
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  const shown = query.length >= 3 ? found : null;
  return (
    <div className="mb-5">
      <p aria-live="polite" className="text-slate-800">
        {shown && shown.length > 0 ? t("similar.found", { count: shown.length }) : ""}
      </p>
      {shown && shown.length > 0 && (
        <section aria-labelledby="similar-ideas-heading" className="mt-2 rounded border-2 border-blue-900 p-3">
          <h2 id="similar-ideas-heading" className="text-lg font-bold">
            {t("similar.heading")}
          </h2>
          <p className="mt-1">{t("similar.intro")}</p>
          <ul className="mt-2 space-y-2">
            {shown.map((idea) => (
              <li key={idea.slug}>
                <Link
                  href={{ pathname: "/ideas/[slug]", params: { slug: idea.slug } }}
                  className="font-semibold underline"
                  lang="pl"
                  target="_blank"
                >
                  {idea.title}
                </Link>{" "}
                <span className="text-slate-800">
                  ({t(`kinds.${idea.kind as "NEED"}`)}, {t(`statuses.${idea.status as "RECEIVED"}`)};{" "}
                  {t("supportedBy", { organisations: idea.organisations, people: idea.people })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
