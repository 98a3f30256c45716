import { useTranslations } from "next-intl";
import { HomeBlock } from "@/components/home/home-block";
import { IdeaClockBadge } from "@/components/ideas/idea-badges";
import type { IdeaAwaitingAnswer } from "@/lib/home/queries";
import { Link } from "@/lib/i18n/navigation";
import { clockState } from "@/lib/ideas/clocks";

/** Public ideas still without an answer, the first due first, with whom they wait on and the answer's clock. */
export function HomeIdeas({ items, now }: { items: IdeaAwaitingAnswer[]; now: Date }) {
  const t = useTranslations("home");
  const addressees = useTranslations("ideas.addressees");
  return (
    <HomeBlock
      id="home-ideas"
      heading={t("ideas")}
      empty={items.length === 0}
      emptyText={t("noIdeas")}
      allHref={{ pathname: "/ideas", query: { sort: "waiting" } }}
      allLabel={t("allIdeas")}
    >
      {items.map((idea) => (
        <li key={idea.id} className="rounded border-2 border-slate-300 p-3">
          <h3 className="text-lg font-bold break-words">
            <Link href={{ pathname: "/ideas/[slug]", params: { slug: idea.slug } }} className="underline" lang="pl">
              {idea.title}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-3">
            <span>
              {t("ideaTo", {
                addressee: idea.institution
                  ? (idea.institution.officeName ?? idea.institution.name)
                  : addressees(idea.addressee),
              })}
            </span>
            <IdeaClockBadge clock={clockState(idea, now)} />
          </p>
        </li>
      ))}
    </HomeBlock>
  );
}
