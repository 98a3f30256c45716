import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IdeaForm } from "@/components/ideas/idea-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { actingForOptions } from "@/lib/auth/acting-as";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { addressableOffices } from "@/lib/ideas/queries";
import { topicOptions } from "@/lib/reference-data/topic-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ideas" });
  return pageTitle(locale, t("form.newTitle"), "ideas");
}

/** Writing a new entry on the board (signed-in people; visitors are sent to sign in first). */
export default async function NewIdeaPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "ideas.write");
  const [t, organisations, offices, options] = await Promise.all([
    getTranslations({ locale }),
    actingForOptions(user),
    addressableOffices(),
    topicOptions(locale),
  ]);
  return (
    <ClientMessages namespaces={["ideas", "actingAs", "ui", "forum.images", "forms.errors", "errors"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("ideas.title"), href: "/ideas" },
          { label: t("ideas.form.newTitle") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("ideas.form.newTitle")}</h1>
      <p className="mt-4 max-w-3xl">{t("ideas.form.intro")}</p>
      <IdeaForm offices={offices} options={options} personName={user.name} organisations={organisations} />
    </ClientMessages>
  );
}
