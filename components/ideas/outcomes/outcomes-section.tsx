import { useTranslations } from "next-intl";
import { OutcomePicker, UnlinkOutcomeButton } from "@/components/ideas/outcomes/outcome-manager";
import { Link } from "@/lib/i18n/navigation";
import type { OutcomesView } from "@/lib/ideas/outcomes/queries";

/** What came of the entry: the consultations, news and documents that followed from it; the addressee links them. */
export function OutcomesSection({ view }: { view: OutcomesView }) {
  const t = useTranslations("ideaAnswers.outcomes");
  const manage = view.manage;
  if (view.items.length === 0 && !manage) return null;
  return (
    <section aria-labelledby="idea-outcomes-heading" className="my-8">
      <h2 id="idea-outcomes-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {view.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {view.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-3">
              <span>
                {t(`kinds.${item.kind}`)}: <Link href={item.href}>{item.title}</Link>
              </span>
              {manage && <UnlinkOutcomeButton outcomeId={item.id} title={item.title} channel={manage.channel} />}
            </li>
          ))}
        </ul>
      )}
      {manage && <OutcomePicker view={{ ...view, manage }} />}
    </section>
  );
}
