// RSS 2.0 and Atom 1.0 (RFC 4287) documents from plain entries, for every
// feed of the platform (news, consultations). Pure functions, so escaping and
// structure are tested directly; route handlers only gather the entries.

export type FeedChannel = {
  title: string;
  url: string;
  selfUrl: string;
  description: string;
  language: string;
  updatedAt?: Date;
};
export type FeedEntry = {
  url: string;
  title: string;
  summary: string;
  author: string;
  publishedAt: Date;
  updatedAt?: Date;
  categories?: string[];
};

/** Text safe in XML content and attributes; characters XML 1.0 does not allow at all are dropped. */
export const xml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export function rssFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  const items = entries
    .map((entry) =>
      [
        "    <item>",
        `      <title>${xml(entry.title)}</title>`,
        `      <link>${xml(entry.url)}</link>`,
        `      <guid isPermaLink="true">${xml(entry.url)}</guid>`,
        `      <pubDate>${entry.publishedAt.toUTCString()}</pubDate>`,
        // RSS's <author> wants an e-mail address; Dublin Core's creator takes a name.
        `      <dc:creator>${xml(entry.author)}</dc:creator>`,
        ...(entry.categories ?? []).map((category) => `      <category>${xml(category)}</category>`),
        `      <description>${xml(entry.summary)}</description>`,
        "    </item>",
      ].join("\n"),
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xml(channel.title)}</title>
    <link>${xml(channel.url)}</link>
    <atom:link href="${xml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
    <description>${xml(channel.description)}</description>
    <language>${xml(channel.language)}</language>
${items}
  </channel>
</rss>
`;
}

export function atomFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  const updated =
    channel.updatedAt ??
    entries.reduce<Date>(
      (latest, entry) =>
        (entry.updatedAt ?? entry.publishedAt) > latest ? (entry.updatedAt ?? entry.publishedAt) : latest,
      new Date(0),
    );
  const body = entries
    .map((entry) =>
      [
        "  <entry>",
        `    <title>${xml(entry.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${xml(entry.url)}"/>`,
        `    <id>${xml(entry.url)}</id>`,
        `    <published>${entry.publishedAt.toISOString()}</published>`,
        `    <updated>${(entry.updatedAt ?? entry.publishedAt).toISOString()}</updated>`,
        `    <author><name>${xml(entry.author)}</name></author>`,
        ...(entry.categories ?? []).map((category) => `    <category term="${xml(category)}"/>`),
        `    <summary>${xml(entry.summary)}</summary>`,
        "  </entry>",
      ].join("\n"),
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(channel.language)}">
  <title>${xml(channel.title)}</title>
  <subtitle>${xml(channel.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${xml(channel.url)}"/>
  <link rel="self" type="application/atom+xml" href="${xml(channel.selfUrl)}"/>
  <id>${xml(channel.selfUrl)}</id>
  <updated>${updated.toISOString()}</updated>
${body}
</feed>
`;
}
