import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { QueryCorrection } from "@/lib/search/forgiving";

/**
 * Says that the query as typed found nothing and the list shows what its
 * corrected form finds, with a link to search for the corrected form itself
 * (so the address, the filters and the paging follow it).
 */
export async function DidYouMean({
  original,
  correction,
  href,
}: {
  original: string;
  correction: QueryCorrection;
  href: string;
}) {
  const t = await getTranslations("search");
  return (
    <Alert tone="info">
      <p>
        {t.rich("didYouMean", {
          query: correction.query,
          link: (chunks) => (
            // The words come from the platform's Polish names and titles.
            <a href={href} lang="pl" className="font-semibold underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      <p className="mt-1">{t("correctedResults", { original })}</p>
    </Alert>
  );
}
