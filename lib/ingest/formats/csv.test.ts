import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

const CSV = readFileSync(new URL("./fixtures/sahel-export.csv", import.meta.url), "utf8");

describe("parseCsv", () => {
  it("reads quoted commas, doubled quotes and line breaks inside Arabic text, names columns in any case, refuses the short row alone", () => {
    expect(CSV.charCodeAt(0)).toBe(0xfeff); // the fixture starts with a BOM, as Excel writes it
    expect(parseCsv(CSV, "exports/sahel.csv")).toEqual({
      articles: [
        {
          title: "اجتماع بلدي في زوارة",
          text: "ناقش المجلس البلدي في زوارة، خلال اجتماعه الدوري، خطة صيانة الميناء.\nوأكد رئيس المجلس أن الأعمال ستبدأ الشهر المقبل، بتمويل من وزارة المواصلات.",
          source: "صحيفة الساحل",
          url: "https://www.sahel-news.example/ar/news/2023/05/zuwara",
          published: { from: "2023-05-14", to: "2023-05-14" },
          origin: "exports/sahel.csv#row 2",
        },
        {
          title: "أمطار غزيرة، وسيول في البيضاء",
          text: 'قال مركز الأرصاد إن "المنخفض الجوي" سيستمر حتى الغد، محذرا سكان البيضاء وشحات وسوسة من السيول.\n\nوأغلقت السلطات المحلية الطريق الجبلي مؤقتا، وفتحت المدارس لإيواء العائلات.',
          source: "صحيفة الساحل",
          url: "https://www.sahel-news.example/ar/news/2023/09/bayda-floods",
          published: { from: "2023-09-10", to: "2023-09-10" },
          origin: "exports/sahel.csv#row 3",
        },
        {
          title: "مهرجان غات",
          text: "أعلنت بلدية غات افتتاح مهرجان السياحة الصحراوية في دورته الجديدة، بمشاركة فرق فنية من أوباري والعوينات، وسط إقبال من الزوار.",
          published: null,
          origin: "exports/sahel.csv#row 5",
        },
      ],
      // rows count records, not lines: rows 2 and 3 span 2 and 3 lines
      errors: [{ item: "row 4", message: "2 fields where the header has 5" }],
    });
  });

  it("refuses rows with a bad date, a bad URL or a reversed range, each alone", () => {
    const text = "أعلنت بلدية درنة بدء أعمال صيانة الجسر الرئيسي في المدينة.";
    const csv = [
      "text,date,url,published_from,published_to",
      `${text},الخميس,,,`,
      `${text},,ftp://x.example/a,,`,
      `${text},,,2020-03-05,2020-03-01`,
      `${text},,,2020-03-01,2020-03-05`,
      `${text},,,,2020-03-07`,
    ].join("\r\n");
    const r = parseCsv(csv, "d.csv");
    expect(r.errors).toEqual([
      { item: "row 2", message: 'date "الخميس" is not a date (yyyy-mm-dd or an ISO 8601 / RFC 822 timestamp)' },
      { item: "row 3", message: 'url "ftp://x.example/a" is not an http(s) URL' },
      { item: "row 4", message: "published_from (2020-03-05) is after published_to (2020-03-01)" },
    ]);
    expect(r.articles.map((a) => [a.origin, a.published])).toEqual([
      ["d.csv#row 5", { from: "2020-03-01", to: "2020-03-05" }],
      ["d.csv#row 6", { from: "2020-03-07", to: "2020-03-07" }],
    ]);
  });

  it("refuses a file without a text column, naming the columns it has", () => {
    expect(parseCsv("title,date\nخبر,2020-01-01\n", "t.csv")).toEqual({
      articles: [],
      errors: [{ item: "row 1", message: 'no text column: the header has "title", "date"; one of text, body, content, article, النص, المحتوى, summary, description, الملخص is needed' }],
    });
  });

  it("refuses a file whose quoting is broken as a whole, with the line, adding none of its rows", () => {
    const csv = 'title,text\nأ,"نص أول عن سرت"\nب,"نص لم يغلق\nج,نص ثالث عن سبها\n';
    expect(parseCsv(csv, "q.csv")).toEqual({
      articles: [],
      errors: [{ item: "", message: "not a readable CSV file: the row starting on line 3 opens a quote that is never closed" }],
    });
  });

  it("refuses an empty file", () => {
    expect(parseCsv("\uFEFF", "e.csv").errors).toEqual([{ item: "", message: "empty CSV file: no header row" }]);
  });
});

describe("parseCsv on a stray quote", () => {
  it("names csv-parse's reason and line", () => {
    expect(parseCsv('title,text\nأ,"نص"x\n', "s.csv").errors).toEqual([
      { item: "", message: 'not a readable CSV file: Invalid Closing Quote: got "x" at line 2 instead of delimiter, record delimiter, trimable character (if activated) or comment' },
    ]);
  });
});

describe("parseCsv on other separators", () => {
  it("reads a semicolon- or tab-separated export, judged by its header, commas in the text kept", () => {
    const text = "وصل وفد إلى غدامس، وبحث أوضاع المعبر؛ ثم عاد إلى طرابلس.";
    for (const sep of [";", "\t"]) {
      const r = parseCsv(`العنوان${sep}النص${sep}التاريخ\nخبر${sep}${text}${sep}2021-02-03\n`, "x.csv");
      expect(r).toEqual({ articles: [{ title: "خبر", text, published: { from: "2021-02-03", to: "2021-02-03" }, origin: "x.csv#row 2" }], errors: [] });
    }
  });
});
