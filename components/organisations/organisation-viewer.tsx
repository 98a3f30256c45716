"use client";

// The personal parts of an organisation's page. The page is the same for
// everyone (served from the page cache to signed-in people too); who is
// reading is asked here after it loads, from /api/organisations/[id]/viewer
// (lib/organisations/viewer.ts): their role, the follow button, the links to
// what they may edit, their request to join, and the contacts shown to
// signed-in people or to members. Asked again after a request to join is sent
// or withdrawn; if the answer cannot be had, the page says so and offers to ask again. Until the answer comes, a visitor's view stays (the public
// contacts; without JavaScript, the invitation to sign in).
import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { FollowOrganisationButton } from "@/components/notifications/follow-button";
import { MembershipRequestPanel } from "@/components/organisations/membership-request-panel";
import { OrganisationContacts } from "@/components/organisations/organisation-contacts";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { OrganisationContacts as Contacts, OrganisationViewer } from "@/lib/organisations/viewer-types";

type State = { viewer: OrganisationViewer | null; failed: boolean; reload: () => void };

const ViewerContext = createContext<State>({ viewer: null, failed: false, reload: () => {} });

/** Asks who is reading the organisation's page, once per load and after each change they make. */
export function OrganisationViewerProvider({
  organisationId,
  children,
}: {
  organisationId: string;
  children: ReactNode;
}) {
  const { answer, failed, reload } = useReaderAnswer<OrganisationViewer>(
    `/api/organisations/${encodeURIComponent(organisationId)}/viewer`,
  );
  return <ViewerContext.Provider value={{ viewer: answer, failed, reload }}>{children}</ViewerContext.Provider>;
}

/** The contacts: the public ones from the page, or those the signed-in reader may see. */
export function OrganisationContactsForReader({ publicContacts }: { publicContacts: Contacts }) {
  const { viewer } = useContext(ViewerContext);
  return <OrganisationContacts contacts={viewer?.signedIn ? viewer.contacts : publicContacts} />;
}

/** The reader's role, their buttons and links, their request to join, or the invitation to sign in. */
export function OrganisationReaderActions({ organisationId, slug }: { organisationId: string; slug: string }) {
  const t = useTranslations();
  const { viewer, failed, reload } = useContext(ViewerContext);
  const signInHint = <p className="mt-8">{t("organisation.signInToJoin")}</p>;
  if (!viewer) return failed ? <ReaderAnswerFailed retry={reload} /> : <noscript>{signInHint}</noscript>;
  if (!viewer.signedIn) return signInHint;
  const params = { slug };
  return (
    <>
      {viewer.role && (
        <Alert tone="info">
          {t("organisation.yourRole", { role: t(`account.organisationRoles.${viewer.role}`) })}
          {viewer.mayActFor ? ` ${t("organisation.youMayActFor")}` : ""}
        </Alert>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        {viewer.mayFollow && <FollowOrganisationButton organisationId={organisationId} following={viewer.following} />}
        {viewer.mayEdit && (
          <>
            <ButtonLink href={{ pathname: "/organisations/[slug]/edit", params }} variant="secondary">
              {t("organisation.edit")}
            </ButtonLink>
            <ButtonLink href={{ pathname: "/organisations/[slug]/partnerships", params }} variant="secondary">
              {t("partnerships.editLink")}
            </ButtonLink>
            <ButtonLink href={{ pathname: "/organisations/[slug]/history", params }} variant="secondary">
              {t("organisationPublic.history")}
            </ButtonLink>
          </>
        )}
        {viewer.mayViewMembers && (
          <ButtonLink href={{ pathname: "/organisations/[slug]/members", params }} variant="secondary">
            {t("organisation.members")}
          </ButtonLink>
        )}
      </div>
      {viewer.mayRequestMembership && (
        <MembershipRequestPanel
          kind="organisation"
          targetId={organisationId}
          ownRequest={viewer.ownRequest}
          onChanged={reload}
        />
      )}
    </>
  );
}
