import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("forgotPassword");

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["errors", "forgotPassword", "forms.errors", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("signIn.title"), href: "/sign-in" },
            { label: t("forgotPassword.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("forgotPassword.title")}</h1>
        <p className="my-4 max-w-2xl">{t("forgotPassword.intro")}</p>
        <ForgotPasswordForm />
      </>
    </ClientMessages>
  );
}
