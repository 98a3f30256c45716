// The commission's protocol as DOCX, for the office's own records and edits:
// the same data and order as the PDF, landscape, table header rows repeated.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ProtocolData } from "@/lib/competitions/protocol/data";

function cell(text: string, width: number, bold = false): TableCell {
  const lines = text.split(/\r?\n/);
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        children: lines.map(
          (line, index) => new TextRun({ text: line, bold, size: 16, break: index > 0 ? 1 : undefined }),
        ),
      }),
    ],
  });
}

function table(widths: number[], header: string[], rows: string[][]): Table {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const percent = widths.map((w) => Math.round((w * 100) / total));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, percent[i]!, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, percent[i]!)) })),
    ],
  });
}

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const line = (text: string) => new Paragraph({ children: [new TextRun(text)] });

export async function renderProtocolDocx(
  data: ProtocolData,
  meta: { checksum: string; generatedAt: string; draft: boolean },
): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    ...(meta.draft
      ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "PROJEKT", bold: true })] })]
      : []),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun("Protokół z prac komisji konkursowej")],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: data.competition, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(data.office)] }),
    ...(
      [
        ["Stan prac", data.commission.status],
        ["Powołanie", [data.commission.actReference, data.commission.appointedAt].filter(Boolean).join(", ")],
        ["Zamknięcie", data.commission.closedAt],
        ["Wznowienie", data.commission.reopened],
        ["Ustawienia", data.commission.settings.join("; ")],
      ] as const
    )
      .filter(([, value]) => value)
      .map(
        ([label, value]) =>
          new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
      ),
    heading("1. Skład komisji"),
    table(
      [3, 3, 4, 3],
      ["Imię i nazwisko", "Funkcja", "Reprezentacja", "Status"],
      data.members.map((m) => [m.name, m.role, m.origin, m.state]),
    ),
    ...(data.commission.ngoAbsence ? [line(data.commission.ngoAbsence)] : []),
    heading("2. Posiedzenia"),
    ...(data.meetings.length === 0 ? [line("Nie odnotowano posiedzeń.")] : []),
    ...data.meetings.flatMap((meeting) => [
      line(
        `${meeting.startsAt}${meeting.place ? `, ${meeting.place}` : ""}. Obecni: ${meeting.present.join(", ") || "—"}. Nieobecni: ${meeting.absent.join(", ") || "—"}.`,
      ),
      ...(meeting.minutes ? [line(meeting.minutes)] : []),
    ]),
    heading("3. Oświadczenia o braku konfliktu interesów (art. 24 k.p.a.)"),
    table(
      [3, 5, 2, 3],
      ["Członek komisji", "Oferta", "Oświadczenie", "Data"],
      data.declarations.map((d) => [d.member, d.offer, d.statement, d.declaredAt]),
    ),
    heading("4. Ocena formalna"),
    table(
      [6, 2, 3, 4],
      ["Oferta", "Wersja", "Wynik", "Przyczyna odrzucenia"],
      data.formal.map((f) => [f.offer, f.version, f.status, f.reason]),
    ),
    ...data.tasks.flatMap((task, index) => [
      heading(`${5 + index}. Zadanie ${task.number}: ${task.kindName} (${task.form})`),
      line(`Kryteria: ${task.criteria.map((c, i) => `K${i + 1} ${c}`).join("; ")}. Maksymalnie ${task.maxPoints} pkt.`),
      table(
        [1, 4, 4, 2.4, 3, 1.6, 0.8, 1.6, 3, 2.4, 3, 4],
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
      ),
      line(
        `Pula środków: ${task.pool.pool} zł; proponowano łącznie: ${task.pool.allocated} zł; pozostaje: ${task.pool.remaining} zł.`,
      ),
    ]),
    heading("Podpisy członków komisji"),
    ...data.signatures.map((signature) => line(`${signature}: ………………………………………`)),
    ...(
      [
        ["Załącznik 1. Karty oceny członków komisji", "voting"],
        ["Załącznik 2. Karty ekspertów (głos doradczy, nie liczony do średnich)", "advisory"],
      ] as const
    ).flatMap(([title, kind]) => {
      const cards = data.cards.filter((card) => card.kind === kind);
      if (cards.length === 0) return [];
      return [
        heading(title),
        ...cards.flatMap((card) => [
          new Paragraph({
            children: [
              new TextRun({
                text: `${card.member} · ${card.offer} · wersja ${card.version} · ${card.state}`,
                bold: true,
              }),
            ],
          }),
          table(
            [1, 1.5, 8],
            ["Kryterium", "Punkty", "Uzasadnienie"],
            card.scores.map((score) => [`K${score.criterion}`, score.points, score.justification]),
          ),
          line(
            [
              `Suma: ${card.total} pkt`,
              card.suggested ? `proponowana kwota: ${card.suggested} zł` : "",
              card.submittedAt ? `złożona ${card.submittedAt}` : "",
              card.comment,
            ]
              .filter(Boolean)
              .join("; "),
          ),
        ]),
      ];
    }),
  ];
  const short = meta.checksum.slice(0, 12).replace(/(.{4})(?=.)/g, "$1-");
  const document = new Document({
    title: `Protokół komisji konkursowej: ${data.competition}`,
    styles: { default: { document: { run: { font: "DejaVu Sans", size: 18 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: `Protokół · ${data.competition} · wygenerowano ${meta.generatedAt} · suma kontrolna ${short}`,
                    size: 14,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
