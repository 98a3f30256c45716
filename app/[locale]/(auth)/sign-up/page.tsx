import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PRIVACY_VERSION, TERMS_VERSION } from "@/lib/accounts/consents";
import { redirectSignedIn } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { getInstanceSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("signUp");

export default async function SignUpPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await redirectSignedIn(locale);
  const [t, settings] = await Promise.all([getTranslations({ locale }), getInstanceSettings()]);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "signUp", "ui"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("signUp.title") }]} />
        <h1 className="text-3xl font-bold">{t("signUp.title")}</h1>
        <p className="my-4 max-w-2xl">{t("signUp.intro")}</p>
        <SignUpForm termsVersion={TERMS_VERSION} privacyVersion={PRIVACY_VERSION} />
        <p className="mt-6 max-w-2xl text-sm text-slate-700">
          {t("signUp.dataNotice", { operator: settings.operatorName })}
        </p>
        <p className="mt-4">
          {t("signUp.haveAccount")} <Link href="/sign-in">{t("signUp.signInLink")}</Link>
        </p>
      </>
    </ClientMessages>
  );
}
