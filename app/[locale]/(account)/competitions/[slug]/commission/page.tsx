import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppointmentPanel } from "@/components/competitions/commission/appointment-panel";
import { InvitationAcceptance } from "@/components/competitions/commission/invitation-acceptance";
import { MeetingsList } from "@/components/competitions/commission/meetings-list";
import { MemberOffers } from "@/components/competitions/commission/member-offers";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { invitationPageView } from "@/lib/competitions/commission/invitations";
import { commissionPageView } from "@/lib/competitions/commission/queries";
import { invitationToken } from "@/lib/competitions/commission/schemas";
import { redirect } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ invitation?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "commission" });
  return pageTitle(locale, t("title"));
}

/**
 * The competition's commission: with `?invitation=<token>`, the invitation to
 * accept (acceptInvitation checks the account is the appointed person's); otherwise the office's
 * appointment and the member's offers. Anyone else: not found.
 */
export default async function CommissionPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug } = await params;
  const t = await getTranslations({ locale });
  const token = invitationToken.safeParse((await searchParams).invitation);
  if (token.success) {
    const invitation = await invitationPageView(slug, token.data);
    if (!invitation) notFound();
    return (
      <ClientMessages namespaces={["errors", "ui", "forms.errors", "commission"]}>
        <h1 className="text-3xl font-bold">
          {t("commission.invitation.heading", { competition: invitation.competition.title })}
        </h1>
        {invitation.member ? (
          <>
            <p className="mt-4">
              {t("commission.invitation.intro", {
                name: invitation.member.name,
                role: t(`commission.roles.${invitation.member.role}`),
              })}
            </p>
            <p className="mt-2">{t("commission.invitation.twoFactor")}</p>
            <InvitationAcceptance token={token.data} slug={slug} />
          </>
        ) : (
          <Alert tone="warning">{t(`commission.invitation.${invitation.state}`)}</Alert>
        )}
      </ClientMessages>
    );
  }
  const view = await commissionPageView(slug, user);
  if (!view) notFound();
  if (view.twoFactor) return redirect({ href: { pathname: "/account", query: { twoFactor: "required" } }, locale });
  return (
    <ClientMessages namespaces={["errors", "ui", "forms.errors", "commission"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          { label: t("commission.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("commission.title")}</h1>
      <p className="mt-2 text-lg">{view.competition.title}</p>
      {view.seat && <MemberOffers slug={slug} seat={view.seat} locale={locale} />}
      {view.seat && (
        <MeetingsList
          slug={slug}
          competitionId={view.competition.id}
          meetings={view.seat.meetings}
          maySchedule={view.seat.mayMinutes}
        />
      )}
      {view.office && <AppointmentPanel view={view} />}
    </ClientMessages>
  );
}
