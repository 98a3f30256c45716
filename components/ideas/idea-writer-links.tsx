import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { IdeaPageView } from "@/lib/ideas/page-view";

/** For the entry's writer: editing it (its documents are managed there too). */
export function IdeaWriterLinks({ view }: { view: IdeaPageView }) {
  const t = useTranslations("ideas");
  if (!view.viewer.mayEdit) return null;
  return (
    <p className="mt-4">
      <Link href={{ pathname: "/ideas/[slug]/edit", params: { slug: view.slug } }} className="font-semibold underline">
        {t("edit")}
      </Link>
    </p>
  );
}
