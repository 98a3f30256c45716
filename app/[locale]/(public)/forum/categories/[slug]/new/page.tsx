import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostComposer } from "@/components/forum/post-composer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { actingForOptions } from "@/lib/auth/acting-as";
import { requirePermission } from "@/lib/auth/redirects";
import { mayWrite } from "@/lib/forum/access";
import { categoryForReader } from "@/lib/forum/queries";
import { activeSuspension } from "@/lib/forum/writers";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { pickLocalized } from "@/lib/settings/localized";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "forum" });
  return pageTitle(locale, t("newThread"), "forum");
}

/** Starting a thread: its title and opening post. */
export default async function NewThreadPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "forum.post");
  const { slug } = await params;
  const { category } = await categoryForReader(user, slug);
  if (!category) notFound();
  const [t, organisations, suspension] = await Promise.all([
    getTranslations({ locale }),
    actingForOptions(user),
    activeSuspension(user.id),
  ]);
  const name = pickLocalized(category.name, locale);
  return (
    <ClientMessages namespaces={["actingAs", "errors", "forms.errors", "forum", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("forum.title"), href: "/forum" },
          { label: name, href: { pathname: "/forum/categories/[slug]", params: { slug } } },
          { label: t("forum.newThread") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("forum.newThreadIn", { category: name })}</h1>
      {suspension ? (
        <Alert tone="info">{t("forum.suspendedNotice", { until: suspension.until, reason: suspension.reason })}</Alert>
      ) : mayWrite(user, category) ? (
        <PostComposer
          target={{ kind: "thread", categoryId: category.id }}
          personName={user.name}
          organisations={organisations}
        />
      ) : (
        <Alert tone="info">{t("forum.readOnly", { access: t(`forum.access.${category.access}`) })}</Alert>
      )}
    </ClientMessages>
  );
}
