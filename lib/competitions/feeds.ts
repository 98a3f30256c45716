// Feeds of open competitions: RSS 2.0 of newly announced ones, and an
// iCalendar (RFC 5545) of their offer deadlines, which calendars subscribe to.
// Pure functions over plain items (the escaping and folding are the
// consultations' own, lib/consultations/feeds.ts), so they are tested directly.
import { foldLine, icalText } from "@/lib/consultations/feeds";
import { rssFeed as syndicationRss, type FeedChannel } from "@/lib/feeds/syndication";

export type CompetitionFeedItem = {
  id: string;
  title: string;
  url: string;
  summary: string;
  office: string;
  publishedAt: Date;
  offersDeadline: Date;
};

export function competitionsRss(channel: FeedChannel, items: CompetitionFeedItem[]): string {
  return syndicationRss(
    channel,
    items.map((item) => ({
      url: item.url,
      title: item.title,
      summary: item.summary,
      author: item.office,
      publishedAt: item.publishedAt,
    })),
  );
}

/** An instant in iCalendar's UTC form: 20270315T150000Z. */
const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/**
 * One event per competition at its offer deadline, in UTC (Z) times, so every
 * calendar shows it in its own zone at the right instant. No DTEND: an event
 * with a date-time start and no end takes no time (RFC 5545 3.6.1), which is
 * what a deadline is. The UID stays the same when the deadline is extended,
 * so a subscribed calendar moves the event rather than adding one.
 */
export function deadlinesCalendar(
  calendar: { name: string; host: string; now: Date; label: string },
  items: CompetitionFeedItem[],
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ngo-platform//konkursy//PL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icalText(calendar.name)}`,
  ];
  for (const item of items) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:competition-deadline-${item.id}@${calendar.host}`,
      `DTSTAMP:${stamp(calendar.now)}`,
      `DTSTART:${stamp(item.offersDeadline)}`,
      `SUMMARY:${icalText(`${calendar.label}: ${item.title}`)}`,
      `DESCRIPTION:${icalText(`${item.office}\n${item.url}`)}`,
      `URL:${item.url}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
