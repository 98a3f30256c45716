"use client";

import { useTranslations } from "next-intl";
import { ReaderPage } from "@/components/layout/reader-page";
import { MatterSections } from "@/components/matters/matter-sections";
import { EmptyState } from "@/components/ui/empty-state";
import { reviveMattersAnswer, type MattersAnswer, type Wire } from "@/lib/matters/wire";

type SignedIn = Extract<Wire<MattersAnswer>, { signedIn: true }>;

/**
 * The reader's matters on the "My matters" page, which is one copy for
 * everyone (from the page cache, signed in too): asked for once the page has
 * loaded, their moments revived into Dates.
 */
export function MattersViewer({ signInNext }: { signInNext: string }) {
  const t = useTranslations();
  return (
    <ReaderPage<SignedIn>
      url="/api/account/matters"
      loadingLabel={t("myMatters.loading")}
      signInLabel={t("myMatters.signIn")}
      signInNext={signInNext}
    >
      {(wire) => {
        const answer = reviveMattersAnswer(wire);
        if (!answer.signedIn) return null;
        return answer.view.total === 0 ? (
          <div className="mt-6">
            <EmptyState title={t("myMatters.nothing")} hint={t("myMatters.nothingHint")} />
          </div>
        ) : (
          <MatterSections sections={answer.view.sections} />
        );
      }}
    </ReaderPage>
  );
}
