import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** On a consultation's, article's or document's page: the entries of the ideas board it came from. */
export function IdeaOrigins({ ideas }: { ideas: { slug: string; title: string }[] }) {
  const t = useTranslations("ideaAnswers.outcomes");
  if (ideas.length === 0) return null;
  return (
    <aside aria-labelledby="idea-origins-heading" className="my-6 border-l-4 border-blue-800 bg-blue-50 p-4">
      <h2 id="idea-origins-heading" className="font-semibold">
        {t("originsHeading", { count: ideas.length })}
      </h2>
      <ul className="mt-1">
        {ideas.map((idea) => (
          <li key={idea.slug}>
            <Link href={{ pathname: "/ideas/[slug]", params: { slug: idea.slug } }}>{idea.title}</Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
