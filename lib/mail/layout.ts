// One layout for every message: an HTML part with simple, accessible markup
// (language, title, a real heading, a link that reads as what it does) and an
// equivalent plain-text part.
import { escapeHtml } from "@/lib/text/escape-html";

export interface MailContent {
  locale: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string; fallback: string };
  /** A list of linked lines (a digest's entries); a null url is plain text. */
  items?: { text: string; url: string | null }[];
  footer: string;
  /** How to stop this kind of message, below the footer. */
  unsubscribe?: { text: string; label: string; url: string };
}

export function renderMailLayout(content: MailContent): { html: string; text: string } {
  const paragraphs = content.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("\n");
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1e40af;color:#ffffff;padding:12px 20px;border-radius:4px;font-weight:bold;text-decoration:none">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px">${escapeHtml(content.action.fallback)}<br><a href="${escapeHtml(content.action.url)}" style="color:#1e3a8a;word-break:break-all">${escapeHtml(content.action.url)}</a></p>`
    : "";
  const items = content.items?.length
    ? `<ul style="margin:0 0 16px;padding-left:24px">\n${content.items
        .map(
          (item) =>
            `<li style="margin:0 0 8px">${item.url ? `<a href="${escapeHtml(item.url)}" style="color:#1e3a8a">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}</li>`,
        )
        .join("\n")}\n</ul>`
    : "";
  const unsubscribe = content.unsubscribe
    ? `<p style="margin:8px 0 0;font-size:14px;color:#334155">${escapeHtml(content.unsubscribe.text)} <a href="${escapeHtml(content.unsubscribe.url)}" style="color:#1e3a8a">${escapeHtml(content.unsubscribe.label)}</a></p>`
    : "";
  const html = `<!doctype html>
<html lang="${escapeHtml(content.locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#0f172a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:600px;margin:0 auto">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(content.subject)}</h1>
<p style="margin:0 0 16px">${escapeHtml(content.greeting)}</p>
${paragraphs}
${items}
${action}
<hr style="border:0;border-top:1px solid #cbd5e1;margin:24px 0">
<p style="margin:0;font-size:14px;color:#334155">${escapeHtml(content.footer)}</p>
${unsubscribe}
</main>
</body>
</html>
`;
  const text = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.items?.length
      ? [...content.items.map((item) => (item.url ? `- ${item.text}\n  ${item.url}` : `- ${item.text}`)), ""]
      : []),
    ...(content.action ? [`${content.action.label}:`, content.action.url, ""] : []),
    "-- ",
    content.footer,
    ...(content.unsubscribe
      ? ["", `${content.unsubscribe.text} ${content.unsubscribe.label}: ${content.unsubscribe.url}`]
      : []),
    "",
  ].join("\n");
  return { html, text };
}
