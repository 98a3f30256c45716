// Feeds of consultations: RSS 2.0 of newly announced ones, and an iCalendar
// (RFC 5545) of their periods and meetings, which calendars subscribe to.
// Pure functions over plain items, so their escaping is tested directly.
import { rssFeed as syndicationRss, type FeedChannel } from "@/lib/feeds/syndication";

export type FeedItem = {
  id: string;
  title: string;
  url: string;
  summary: string;
  organiser: string;
  publishedAt: Date;
  startsAt: Date;
  endsAt: Date;
  meetingAt: Date | null;
  meetingPlace: string | null;
};

/** RSS 2.0 of announced consultations (lib/feeds/syndication.ts), their organisers as authors. */
export function rssFeed(channel: FeedChannel, items: FeedItem[]): string {
  return syndicationRss(
    channel,
    items.map((item) => ({
      url: item.url,
      title: item.title,
      summary: item.summary,
      author: item.organiser,
      publishedAt: item.publishedAt,
    })),
  );
}

/**
 * A TEXT value of iCalendar: backslash, semicolon, comma and line breaks escaped. Any
 * line break counts, a lone CR too (some readers end a line there, and what follows
 * would be read as a property of its own); other control characters are not allowed
 * in TEXT (RFC 5545 3.3.11) and are dropped.
 */
export function icalText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
}

/** Lines of at most 75 octets, continued with a space (RFC 5545 3.1), never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function icalFeed(
  calendar: { name: string; host: string; now: Date; labels: { period: string; meeting: string } },
  items: FeedItem[],
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ngo-platform//konsultacje//PL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icalText(calendar.name)}`,
  ];
  for (const item of items) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:consultation-${item.id}@${calendar.host}`,
      `DTSTAMP:${stamp(calendar.now)}`,
      `DTSTART:${stamp(item.startsAt)}`,
      `DTEND:${stamp(item.endsAt)}`,
      `SUMMARY:${icalText(`${calendar.labels.period}: ${item.title}`)}`,
      `DESCRIPTION:${icalText(`${item.organiser}\n${item.url}`)}`,
      `URL:${item.url}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
    if (item.meetingAt) {
      lines.push(
        "BEGIN:VEVENT",
        `UID:consultation-meeting-${item.id}@${calendar.host}`,
        `DTSTAMP:${stamp(calendar.now)}`,
        `DTSTART:${stamp(item.meetingAt)}`,
        `DTEND:${stamp(new Date(item.meetingAt.getTime() + 2 * 3600 * 1000))}`,
        `SUMMARY:${icalText(`${calendar.labels.meeting}: ${item.title}`)}`,
        ...(item.meetingPlace ? [`LOCATION:${icalText(item.meetingPlace)}`] : []),
        `URL:${item.url}`,
        "END:VEVENT",
      );
    }
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
