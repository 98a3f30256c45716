import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptInvitationForm } from "@/components/organisations/accept-invitation-form";
import { Alert } from "@/components/ui/alert";
import { acceptInvitationSchema } from "@/lib/organisations/schemas";
import { getCurrentUser } from "@/lib/auth/session";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { inspectInvitation } from "@/lib/organisations/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const generateMetadata = titleMetadata("invitation");

export default async function InvitationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const parsed = acceptInvitationSchema.shape.token.safeParse((await searchParams).token);
  const invitation = parsed.success ? await inspectInvitation(parsed.data) : null;
  const heading = <h1 className="mb-6 text-3xl font-bold">{t("invitation.title")}</h1>;
  if (!parsed.success || !invitation || invitation.state !== "valid") {
    const state =
      invitation?.state === "used" ? "LINK_USED" : invitation?.state === "expired" ? "LINK_EXPIRED" : "LINK_INVALID";
    return (
      <>
        {heading}
        <Alert tone="error">{t(`invitation.${state}`)}</Alert>
      </>
    );
  }
  const user = await getCurrentUser();
  // getPathname includes the locale prefix, so the path works as it is after signing in.
  const here = `${getPathname({ href: "/invitation", locale })}?token=${parsed.data}`;
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "invitation", "ui"]}>
      <>
        {heading}
        <p className="mb-4 max-w-3xl">
          {t("invitation.intro", {
            organisation: invitation.organisation.name,
            role: t(`account.organisationRoles.${invitation.role}`),
            email: invitation.email,
          })}
        </p>
        {!user ? (
          <p className="max-w-3xl">
            {t.rich("invitation.signInFirst", {
              signIn: (chunks) => <Link href={{ pathname: "/sign-in", query: { next: here } }}>{chunks}</Link>,
              signUp: (chunks) => <Link href="/sign-up">{chunks}</Link>,
            })}
          </p>
        ) : user.email !== invitation.email ? (
          <Alert tone="warning">{t("invitation.otherAccount", { email: invitation.email, current: user.email })}</Alert>
        ) : (
          <AcceptInvitationForm token={parsed.data} organisation={invitation.organisation.name} />
        )}
      </>
    </ClientMessages>
  );
}
