import { useFormatter, useTranslations } from "next-intl";
import type { IdeaPageView } from "@/lib/ideas/page-view";

/** The entry's documents, each with its type and size before the download. */
export function IdeaAttachments({ view }: { view: IdeaPageView }) {
  const t = useTranslations("ideas");
  const format = useFormatter();
  if (view.attachments.length === 0) return null;
  return (
    <section aria-labelledby="idea-attachments-heading" className="mt-8">
      <h2 id="idea-attachments-heading" className="text-2xl font-bold">
        {t("attachments")}
      </h2>
      <ul className="mt-2 space-y-1">
        {view.attachments.map((attachment) => (
          <li key={attachment.id}>
            <a href={attachment.href} className="underline" lang="pl">
              {attachment.title}
            </a>{" "}
            <span className="text-slate-700">
              ({attachment.kind.toUpperCase()}, {format.number(attachment.size / 1024, { maximumFractionDigits: 0 })}{" "}
              KB)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
