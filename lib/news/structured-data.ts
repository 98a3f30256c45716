// schema.org data of an article's page (NewsArticle; an event also as Event),
// and its social preview (Open Graph, Twitter card), for search engines and
// for links shared elsewhere. Only what the page shows to everyone goes in.
import type { Metadata } from "next";
import type { NewsArticleView } from "@/lib/news/queries";
import { newsImagePath } from "@/lib/news/body";

type Parts = {
  url: string;
  origin: string;
  author: string;
  authorIsInstitution: boolean;
  publisher: string;
  locale: string;
};

export function articleStructuredData(article: NewsArticleView, parts: Parts): Record<string, unknown> {
  const image = article.coverImage ? new URL(newsImagePath(article.coverImage.id), parts.origin).toString() : undefined;
  const news = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title.slice(0, 110),
    description: article.lead,
    url: parts.url,
    mainEntityOfPage: parts.url,
    inLanguage: "pl",
    datePublished: article.publishedAt?.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: { "@type": parts.authorIsInstitution ? "GovernmentOrganization" : "Organization", name: parts.author },
    publisher: { "@type": "Organization", name: parts.publisher },
    ...(image ? { image: [image] } : {}),
  };
  if (article.kind !== "EVENT" || !article.eventStartsAt) return news;
  return {
    ...news,
    about: {
      "@type": "Event",
      name: article.title,
      startDate: article.eventStartsAt.toISOString(),
      ...(article.eventEndsAt ? { endDate: article.eventEndsAt.toISOString() } : {}),
      ...(article.eventPlace ? { location: { "@type": "Place", name: article.eventPlace } } : {}),
      organizer: { "@type": parts.authorIsInstitution ? "GovernmentOrganization" : "Organization", name: parts.author },
      description: article.lead,
    },
  };
}

/** Open Graph and Twitter card tags of the article. */
export function articleSocialMetadata(
  article: NewsArticleView,
  parts: Parts,
): Pick<Metadata, "description" | "openGraph" | "twitter" | "alternates"> {
  const image = article.coverImage
    ? {
        url: new URL(newsImagePath(article.coverImage.id), parts.origin).toString(),
        width: article.coverImage.width,
        height: article.coverImage.height,
        alt: article.coverImage.alt,
      }
    : undefined;
  return {
    description: article.lead,
    alternates: { canonical: parts.url },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.lead,
      url: parts.url,
      siteName: parts.publisher,
      locale: parts.locale === "pl" ? "pl_PL" : parts.locale === "de" ? "de_DE" : "en_GB",
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: [parts.author],
      ...(image ? { images: [image] } : {}),
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: article.title,
      description: article.lead,
      ...(image ? { images: [image.url] } : {}),
    },
  };
}
