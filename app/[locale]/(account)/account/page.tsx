import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountOverview } from "@/components/accounts/account-overview";
import { ChangeEmailForm } from "@/components/accounts/change-email-form";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { PrivacyRights } from "@/components/accounts/privacy-rights";
import { SignOutButton } from "@/components/accounts/sign-out-button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getAccountOverview } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/redirects";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("account");

export default async function AccountPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, account] = await Promise.all([getTranslations({ locale }), getAccountOverview(user.id)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("account.title") }]} />
      <h1 className="text-3xl font-bold">{t("account.title")}</h1>
      <AccountOverview account={account} />
      <ChangeEmailForm />
      <ChangePasswordForm />
      <PrivacyRights />
      <div className="mt-8">
        <SignOutButton locale={locale} />
      </div>
    </>
  );
}
