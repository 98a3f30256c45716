// VII, the seven statements of the 2018 templates: wording from memory (shared
// doc §1.5), `verified: false` until compared with the official template.
// Items 3–5 are the template's "*" strike-outs: a choice between two wordings.
import { field } from "@/lib/offers/template/fields-2018";
import type { TemplateField } from "@/lib/offers/template/types";

export const statementFields: TemplateField[] = [
  field(
    "statements",
    "section",
    "s1",
    "VII.1",
    "proponowane zadanie publiczne będzie realizowane wyłącznie w zakresie działalności pożytku publicznego oferenta(-tów)",
    "statement1",
  ),
  field(
    "statements",
    "section",
    "s2",
    "VII.2",
    "pobieranie świadczeń pieniężnych będzie się odbywać wyłącznie w ramach prowadzonej odpłatnej działalności pożytku publicznego",
    "statement2",
  ),
  field(
    "statements",
    "section",
    "s3",
    "VII.3",
    "oferent / oferenci składający niniejszą ofertę nie zalega(-ją) / zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
    "statement3",
    {
      options: [
        {
          value: "NO_ARREARS",
          label: "nie zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
          messageKey: "offerEditor.fields.statement3NoArrears",
        },
        {
          value: "ARREARS",
          label: "zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
          messageKey: "offerEditor.fields.statement3Arrears",
        },
      ],
    },
  ),
  field(
    "statements",
    "section",
    "s4",
    "VII.4",
    "oferent / oferenci składający niniejszą ofertę nie zalega(-ją) / zalega(-ją) z opłacaniem należności z tytułu składek na ubezpieczenia społeczne",
    "statement4",
    {
      options: [
        {
          value: "NO_ARREARS",
          label: "nie zalega(-ją) z opłacaniem należności z tytułu składek na ubezpieczenia społeczne",
          messageKey: "offerEditor.fields.statement4NoArrears",
        },
        {
          value: "ARREARS",
          label: "zalega(-ją) z opłacaniem należności z tytułu składek na ubezpieczenia społeczne",
          messageKey: "offerEditor.fields.statement4Arrears",
        },
      ],
    },
  ),
  field(
    "statements",
    "section",
    "s5",
    "VII.5",
    "dane zawarte w części II niniejszej oferty są zgodne z Krajowym Rejestrem Sądowym / inną właściwą ewidencją",
    "statement5",
    {
      options: [
        {
          value: "KRS",
          label: "są zgodne z Krajowym Rejestrem Sądowym",
          messageKey: "offerEditor.fields.statement5Krs",
        },
        {
          value: "OTHER_REGISTER",
          label: "są zgodne z inną właściwą ewidencją",
          messageKey: "offerEditor.fields.statement5Other",
        },
      ],
    },
  ),
  field(
    "statements",
    "section",
    "s6",
    "VII.6",
    "wszystkie informacje podane w ofercie oraz załącznikach są zgodne z aktualnym stanem prawnym i faktycznym",
    "statement6",
  ),
  field(
    "statements",
    "section",
    "s7",
    "VII.7",
    "w zakresie związanym z otwartym konkursem ofert, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, a także wprowadzaniem ich do systemów informatycznych, osoby, których dotyczą te dane, złożyły stosowne oświadczenia zgodnie z przepisami o ochronie danych osobowych",
    "statement7",
  ),
];
