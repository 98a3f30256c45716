// The commission's protocol as PDF (design §6.1): A4 landscape (the ranking
// table is wide), header rows repeated, every card in the annex, and on each
// page the footer with the checksum of the data and "strona x z y". A protocol
// of a commission still at work is marked PROJEKT on every page.
import type { ProtocolData } from "@/lib/competitions/protocol/data";
import { stampFooters } from "@/lib/offers/pdf/layout";
import { createPdf, drawTable } from "@/lib/pdf/document";

export async function renderProtocolPdf(
  data: ProtocolData,
  meta: { checksum: string; generatedAt: string; draft: boolean },
): Promise<Uint8Array> {
  const { doc, finish } = createPdf({
    title: `Protokół komisji konkursowej: ${data.competition}`,
    subject: "Protokół z prac komisji konkursowej",
    layout: "landscape",
    bufferPages: true,
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columns = (...parts: number[]) => {
    const total = parts.reduce((sum, part) => sum + part, 0);
    return parts.map((part) => (width * part) / total);
  };
  const heading = (text: string) => {
    doc.moveDown(0.8).font("bold").fontSize(12).text(text, left);
    doc.moveDown(0.3);
  };
  const paragraph = (text: string) => doc.font("regular").fontSize(9).text(text, left, undefined, { width });

  doc.font("bold").fontSize(16).text("Protokół z prac komisji konkursowej", { align: "center" });
  doc.moveDown(0.3).fontSize(12).text(data.competition, { align: "center" });
  doc.moveDown(0.3).font("regular").fontSize(10).text(data.office, { align: "center" });
  doc.moveDown();
  const facts: [string, string][] = [
    ["Stan prac", data.commission.status],
    ["Powołanie", [data.commission.actReference, data.commission.appointedAt].filter(Boolean).join(", ")],
    ["Zamknięcie", data.commission.closedAt],
    ["Wznowienie", data.commission.reopened],
    ["Ustawienia", data.commission.settings.join("; ")],
  ];
  for (const [label, value] of facts.filter(([, value]) => value)) {
    doc.font("bold").fontSize(9).text(`${label}: `, left, undefined, { continued: true }).font("regular").text(value);
  }

  heading("1. Skład komisji");
  drawTable(
    doc,
    columns(3, 3, 4, 3),
    ["Imię i nazwisko", "Funkcja", "Reprezentacja", "Status"],
    data.members.map((m) => [m.name, m.role, m.origin, m.state]),
  );
  if (data.commission.ngoAbsence) paragraph(data.commission.ngoAbsence);

  heading("2. Posiedzenia");
  if (data.meetings.length === 0) paragraph("Nie odnotowano posiedzeń.");
  for (const meeting of data.meetings) {
    paragraph(
      `${meeting.startsAt}${meeting.place ? `, ${meeting.place}` : ""}. Obecni: ${meeting.present.join(", ") || "—"}. Nieobecni: ${meeting.absent.join(", ") || "—"}.`,
    );
    if (meeting.minutes) paragraph(meeting.minutes);
  }

  heading("3. Oświadczenia o braku konfliktu interesów (art. 24 k.p.a.)");
  drawTable(
    doc,
    columns(3, 5, 2, 3),
    ["Członek komisji", "Oferta", "Oświadczenie", "Data"],
    data.declarations.map((d) => [d.member, d.offer, d.statement, d.declaredAt]),
  );

  heading("4. Ocena formalna");
  drawTable(
    doc,
    columns(6, 2, 3, 4),
    ["Oferta", "Wersja", "Wynik", "Przyczyna odrzucenia"],
    data.formal.map((f) => [f.offer, f.version, f.status, f.reason]),
  );

  data.tasks.forEach((task, index) => {
    heading(`${5 + index}. Zadanie ${task.number}: ${task.kindName} (${task.form})`);
    paragraph(
      `Kryteria: ${task.criteria.map((c, i) => `K${i + 1} ${c}`).join("; ")}. Maksymalnie ${task.maxPoints} pkt.`,
    );
    doc.moveDown(0.3);
    drawTable(
      doc,
      columns(1, 4, 4, 2.4, 3, 1.6, 0.8, 1.6, 3, 2.4, 3, 4),
      [
        "Miejsce",
        "Oferta",
        "Oferent(-ci)",
        "Wnioskowana kwota [zł]",
        "Średnie wg kryteriów",
        "Średnia ocena",
        "Kart",
        "Rozstęp",
        "Rozbieżność",
        "Proponowana kwota [zł]",
        "Uzasadnienie obniżenia",
        "Opinia komisji",
      ],
      task.rows.map((row) => [
        row.rank,
        row.offer,
        row.applicants,
        row.requested,
        row.criteria.map((value, i) => `K${i + 1}: ${value}`).join("\n"),
        `${row.score}${row.belowThreshold ? " (poniżej progu)" : ""}`,
        String(row.cards),
        row.range,
        row.divergence,
        row.proposed,
        row.cutReason,
        [row.recommended, row.opinion].filter(Boolean).join(": "),
      ]),
      { condensed: true, fontSize: 7 },
    );
    paragraph(
      `Pula środków: ${task.pool.pool} zł; proponowano łącznie: ${task.pool.allocated} zł; pozostaje: ${task.pool.remaining} zł.`,
    );
  });

  heading("Podpisy członków komisji");
  for (const signature of data.signatures) {
    doc.moveDown(0.8);
    paragraph(`${signature}: ………………………………………`);
  }

  for (const [title, kind] of [
    ["Załącznik 1. Karty oceny członków komisji", "voting"],
    ["Załącznik 2. Karty ekspertów (głos doradczy, nie liczony do średnich)", "advisory"],
  ] as const) {
    const cards = data.cards.filter((card) => card.kind === kind);
    if (cards.length === 0) continue;
    doc.addPage();
    heading(title);
    for (const card of cards) {
      doc.moveDown(0.5);
      if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
      doc
        .font("bold")
        .fontSize(9)
        .text(`${card.member} · ${card.offer} · wersja ${card.version} · ${card.state}`, left, undefined, { width });
      drawTable(
        doc,
        columns(1, 1.5, 8),
        ["Kryterium", "Punkty", "Uzasadnienie"],
        card.scores.map((score) => [`K${score.criterion}`, score.points, score.justification]),
      );
      paragraph(
        [
          `Suma: ${card.total} pkt`,
          card.suggested ? `proponowana kwota: ${card.suggested} zł` : "",
          card.submittedAt ? `złożona ${card.submittedAt}` : "",
          card.comment,
        ]
          .filter(Boolean)
          .join("; "),
      );
    }
  }

  const short = meta.checksum.slice(0, 12).replace(/(.{4})(?=.)/g, "$1-");
  if (meta.draft) {
    const range = doc.bufferedPageRange();
    for (let page = range.start; page < range.start + range.count; page += 1) {
      doc.switchToPage(page);
      doc.font("bold").fontSize(10).fillColor("#b91c1c").text("PROJEKT", left, 16, { width, align: "right" });
      doc.fillColor("black");
    }
  }
  stampFooters(
    doc,
    (page, count) =>
      `Protokół · ${data.competition} · wygenerowano ${meta.generatedAt} · suma kontrolna ${short} · strona ${page} z ${count}`,
  );
  return finish();
}
