import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const RSS = fixture("sahel-rss.xml");
const ATOM = fixture("libya-today-atom.xml");

describe("parseFeed on RSS 2.0", () => {
  it("makes one article per item: content:encoded when there is one, else the description as a summary; the broken item refused", async () => {
    expect(await parseFeed(RSS, "feeds/sahel.xml")).toEqual({
      articles: [
        {
          title: "وصول شحنة أدوية إلى مركز سبها الطبي",
          text:
            "وصلت صباح اليوم شحنة من الأدوية والمستلزمات الطبية إلى مركز سبها الطبي، قادمة من طرابلس عبر مطار تمنهنت، في إطار خطة وزارة الصحة لدعم مستشفيات الجنوب.\n\n" +
            "وقال مدير المركز إن الشحنة تغطي احتياجات أقسام الطوارئ والعناية الفائقة لمدة ثلاثة أشهر، داعيا إلى انتظام الإمدادات لمدن أوباري ومرزق وغات.",
          source: "صحيفة الساحل",
          url: "https://www.sahel-news.example/ar/news/2021/03/sabha-medicine",
          published: { from: "2021-03-02", to: "2021-03-02" },
          origin: "feeds/sahel.xml#item 1",
        },
        {
          title: "استئناف الإنتاج في حقل الشرارة",
          text: "أعلنت المؤسسة الوطنية للنفط استئناف الإنتاج في حقل الشرارة بعد توقف دام أسبوعا بسبب إغلاق الصمامات، مؤكدة أن الضخ نحو مصفاة الزاوية عاد إلى معدلاته الطبيعية.",
          source: "صحيفة الساحل",
          // no <link>: the <guid> is a permalink
          url: "https://www.sahel-news.example/ar/news/2021/03/sharara",
          published: { from: "2021-03-03", to: "2021-03-03" },
          origin: "feeds/sahel.xml#item 2",
          summary: true,
        },
      ],
      errors: [{ item: "item 3", message: "no text: the item has neither content:encoded nor a description" }],
    });
  });

  it("refuses an item with a link that is not http(s), a bad pubDate or English text, and keeps the rest", async () => {
    const item = (inner: string) => `<item><title>خبر</title>${inner}</item>`;
    const arabic = "<description>وصل وفد حكومي إلى مدينة درنة لتفقد أعمال إعادة الإعمار بعد الفيضان.</description>";
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>قناة</title>${[
      item(`<link>javascript:alert(1)</link>${arabic}`),
      item(`<pubDate>أمس</pubDate>${arabic}`),
      item("<description>Floods hit Derna after the dams collapsed, officials said.</description>"),
      item(arabic),
    ].join("")}</channel></rss>`;
    const r = await parseFeed(xml, "f.xml");
    expect(r.errors).toEqual([
      { item: "item 1", message: 'link "javascript:alert(1)" is not an http(s) URL' },
      { item: "item 2", message: 'pubDate "أمس" is not a date (RFC 822 or ISO 8601)' },
      { item: "item 3", message: "not Arabic text: 0% of its 48 letters are Arabic (at least 50% needed)" },
    ]);
    expect(r.articles.map((a) => [a.origin, a.published, a.summary])).toEqual([["f.xml#item 4", null, true]]);
  });
});

describe("parseFeed on Atom", () => {
  it("reads content (else summary), published (else updated), relative links and HTML titles; one bad date loses only its entry", async () => {
    expect(await parseFeed(ATOM, "atom.xml")).toEqual({
      articles: [
        {
          title: "اشتباكات مسلحة في أحياء من طرابلس",
          text:
            "اندلعت اشتباكات مسلحة ليل الجمعة في عدة أحياء من العاصمة طرابلس، من بينها شارع الزاوية ومنطقة باب بن غشير، واستخدمت فيها الأسلحة المتوسطة والثقيلة.\n\n" +
            "وأعلن جهاز الإسعاف والطوارئ نقل عدد من الجرحى إلى مستشفى طرابلس المركزي، فيما علقت الرحلات في مطار معيتيقة الدولي حتى إشعار آخر.",
          source: "ليبيا اليوم",
          url: "https://libya-today.example/ar/articles/9001",
          // published, not updated (the 27th either way, at 00:40 in UTC+2: the 26th in UTC)
          published: { from: "2022-08-27", to: "2022-08-27" },
          origin: "atom.xml#item 1",
        },
        {
          title: "عودة الهدوء الحذر إلى طرابلس",
          text: "عاد الهدوء الحذر إلى شوارع طرابلس صباح السبت، وفتحت بعض المحال أبوابها، بينما واصلت فرق الهلال الأحمر رفع السيارات المحترقة من الطرق الرئيسية.",
          source: "ليبيا اليوم",
          url: "https://libya-today.example/ar/articles/9002",
          published: { from: "2022-08-28", to: "2022-08-28" },
          origin: "atom.xml#item 2",
          summary: true,
        },
      ],
      errors: [{ item: "item 3", message: 'published "27/08/2022 10:00" is not a date (RFC 822 or ISO 8601)' }],
    });
  });

  it("refuses an entry with neither content nor summary", async () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title>ل</title><entry><title>عنوان فقط</title></entry></feed>';
    expect(await parseFeed(xml, "a.xml")).toEqual({ articles: [], errors: [{ item: "item 1", message: "no text: the entry has neither content nor a summary" }] });
  });
});

describe("parseFeed on what is not a feed", () => {
  it("refuses malformed XML as a whole, with the line and column", async () => {
    const xml = '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>خبر</titel></item></channel></rss>';
    expect(await parseFeed(xml, "broken.xml")).toEqual({
      articles: [],
      errors: [{ item: "", message: "not a readable RSS or Atom feed: Unexpected close tag (line 3, column 24)" }],
    });
  });
  it("refuses XML of another kind", async () => {
    expect((await parseFeed("<urlset><url/></urlset>", "sitemap.xml")).errors).toEqual([
      { item: "", message: "not a readable RSS or Atom feed: Feed not recognized as RSS 1 or 2." },
    ]);
  });
});
