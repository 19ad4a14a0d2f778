import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "./html";
import { parseInput } from "./parse-input";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const COASTAL = fixture("sahel-coastal-road.html");
const GHADAMES = fixture("libya-today-ghadames.html");

describe("parseHtmlPage", () => {
  it("keeps only the article body of a saved page, paragraphs apart, with its metadata", () => {
    const { articles, errors } = parseHtmlPage(COASTAL, "saved/coastal.html");
    expect(errors).toEqual([]);
    expect(articles).toEqual([
      {
        title: "إعادة فتح الطريق الساحلي بين سرت ومصراتة أمام المسافرين",
        text:
          "أعلنت اللجنة العسكرية المشتركة صباح اليوم إعادة فتح الطريق الساحلي الرابط بين مدينتي سرت ومصراتة أمام حركة المسافرين والشاحنات، بعد إغلاق دام أكثر من عامين بسبب المواجهات المسلحة.\n\n" +
          "وقال عضو في اللجنة، في تصريح خاص، إن فرق الهندسة العسكرية أنهت نزع الألغام من المقطع الممتد بين بوقرين والوشكة، وإن نقاط التفتيش ستعمل على مدار الساعة لتأمين العابرين.\n\n" +
          "ورحب سكان المنطقة بالخطوة، مؤكدين أن إغلاق الطريق أجبرهم على سلوك طرق صحراوية طويلة عبر الجفرة للوصول إلى طرابلس، ما ضاعف كلفة نقل البضائع وأسعار السلع الأساسية.\n\n" +
          "ومن المنتظر أن تصل أولى قوافل الشاحنات المحملة بالمواد الغذائية إلى سرت خلال الساعات المقبلة،\nوفق ما أفاد به مسؤول في غرفة التجارة بمصراتة.",
        source: "صحيفة الساحل",
        // rel=canonical beats og:url; its tracking parameters and #fragment are dropped
        url: "https://www.sahel-news.example/ar/news/2021/07/coastal-road",
        // article:published_time 00:30 in UTC+2 is the 31st as the outlet wrote it (the 30th in UTC),
        // and beats both <time> elements (29th in the article, 20th in the sidebar)
        published: { from: "2021-07-31", to: "2021-07-31" },
        origin: "saved/coastal.html",
      },
    ]);
    const text = articles[0]!.text;
    for (const boilerplate of ["الرئيسية", "إعلان", "الأكثر قراءة", "بنغازي", "جميع الحقوق", "ملفات تعريف الارتباط", "شارك الخبر", "dataLayer", "loadAd"]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it("reads JSON-LD (in @graph, past a broken block), the <title> without its outlet, and a relative canonical against the 'saved from' note", () => {
    expect(parseHtmlPage(GHADAMES, "ghadames.html").articles[0]).toMatchObject({
      title: "اجتماع في غدامس لبحث توحيد المؤسسة العسكرية",
      source: "ليبيا اليوم",
      url: "https://libya-today.example/ar/articles/4512",
      published: { from: "2020-11-02", to: "2020-11-02" },
    });
  });

  it("drops the outlet's name from the <title>, not a place that begins it", () => {
    const titled = (title: string, site: string) =>
      parseHtmlPage(GHADAMES.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`).replace('"name":"ليبيا اليوم"', `"name":"${site}"`), "t.html").articles[0]?.title;
    expect(titled("اجتماع في غدامس | ليبيا اليوم الإخبارية", "ليبيا اليوم")).toBe("اجتماع في غدامس");
    expect(titled("الوسط: اجتماع في غدامس", "بوابة الوسط")).toBe("اجتماع في غدامس");
    expect(titled("طرابلس - اجتماع في غدامس", "طرابلس بوست الإخبارية")).toBe("طرابلس - اجتماع في غدامس");
  });

  it("takes the date from a <time> inside the article and the URL from the fetch when the page says neither", () => {
    const page = COASTAL.replace(/<meta property="(?:og:url|article:published_time)"[^>]*>/g, "").replace(/<link rel="canonical"[^>]*>/, "");
    const [article] = parseHtmlPage(page, "https://m.sahel-news.example/a/77", "https://m.sahel-news.example/a/77?utm_campaign=x").articles;
    expect(article?.published).toEqual({ from: "2021-07-29", to: "2021-07-29" });
    expect(article?.url).toBe("https://m.sahel-news.example/a/77");
  });

  it("leaves the date and URL unknown, not guessed, when nothing gives them", () => {
    const page = GHADAMES.replace(/<!-- saved from[^>]*-->/, "").replace(/"datePublished":"[^"]*",/, "");
    const [article] = parseHtmlPage(page, "g.html").articles;
    expect(article?.published).toBeNull();
    expect(article).not.toHaveProperty("url");
  });

  it("refuses a page with no article body, and one whose body is not Arabic, as a whole", () => {
    expect(parseHtmlPage("<html><head><title>x</title></head><body></body></html>", "empty.html")).toEqual({
      articles: [],
      errors: [{ item: "", message: "no article body found in the page (Readability found no readable text)" }],
    });
    expect(parseHtmlPage("<html><body><nav><a href='/'>الرئيسية</a> <a href='/l'>ليبيا</a></nav></body></html>", "nav.html").errors).toEqual([
      { item: "", message: "no article in the page: its readable text has 13 letters (at least 80 needed); an index or an error page?" },
    ]);
    const english = `<html><body><article><p>${"Clashes broke out in Tarhuna on Friday, local sources said. ".repeat(6)}</p></article></body></html>`;
    expect(parseHtmlPage(english, "en.html").errors).toEqual([
      { item: "", message: "the page's article body: not Arabic text: 0% of its 288 letters are Arabic (at least 50% needed)" },
    ]);
  });
});

describe("parseInput on pages", () => {
  it("decodes a page saved in windows-1256, as its <meta charset> says", async () => {
    const page = GHADAMES.replace('charset=UTF-8"', 'charset=windows-1256"');
    const encoder = new Map<string, number>();
    const decoder = new TextDecoder("windows-1256");
    for (let b = 0; b < 256; b++) encoder.set(decoder.decode(new Uint8Array([b])), b);
    const bytes = Uint8Array.from([...page].map((ch) => encoder.get(ch) ?? 0x3f));
    expect(bytes.length).toBe([...page].length); // every character had a windows-1256 byte
    const r = await parseInput(bytes, { name: "g.html", origin: "g.html" });
    expect(r.errors).toEqual([]);
    expect(r.articles[0]?.text).toBe(parseHtmlPage(GHADAMES, "g.html").articles[0]?.text);
  });

  it("refuses a page that claims UTF-8 and is not, with the byte offset", async () => {
    const bytes = Buffer.concat([Buffer.from("<html><body><p>ليبيا "), Buffer.from([0xe1]), Buffer.from("</p></body></html>")]);
    expect((await parseInput(bytes, { name: "bad.html", origin: "bad.html" })).errors).toEqual([
      { item: "", message: "not valid UTF-8: invalid byte sequence at byte offset 26 (byte 0xe1)" },
    ]);
  });
});
