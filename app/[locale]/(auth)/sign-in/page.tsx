import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { redirectSignedIn } from "@/lib/auth/redirects";
import { signInSchema } from "@/lib/accounts/schemas";
import { safeReturnPath } from "@/lib/http/return-path";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ changed?: string; next?: string | string[]; email?: string | string[] }>;
};

export const generateMetadata = titleMetadata("signIn");

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await redirectSignedIn(locale);
  const query = await searchParams;
  const returnTo = safeReturnPath(query.next);
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "signIn", "ui"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("signIn.title") }]} />
        <h1 className="mb-6 text-3xl font-bold">{t("signIn.title")}</h1>
        {query.changed === "1" && <Alert tone="success">{t("signIn.passwordChanged")}</Alert>}
        <SignInForm returnTo={returnTo} email={signInSchema.shape.email.safeParse(query.email).data ?? ""} />
        <p className="mt-4">
          <Link href="/forgot-password">{t("signIn.forgotPassword")}</Link>
        </p>
        <p className="mt-2">
          {t("signIn.noAccount")} <Link href="/sign-up">{t("signIn.signUpLink")}</Link>
        </p>
      </>
    </ClientMessages>
  );
}
