import { normalizeName } from "../arabic";
import type { PlaceKind } from "../gazetteer/place";

/**
 * Word lists the classifiers consult, written in plain Arabic and normalised once here
 * (so "قاعدة" and "قاعده" are the same entry). Lists of words, never lists of places.
 */
const set = (words: string[]): ReadonlySet<string> => new Set(words.map(normalizeName));

/**
 * A facility word before a name says which kind of place the name is:
 * "قاعدة الجفرة" is the air base, "مطار معيتيقة" the airport, "حقل الشرارة" the oil field.
 * Kinds are in order of preference.
 */
export const FACILITY_CUES: ReadonlyMap<string, readonly PlaceKind[]> = new Map(
  (
    [
      ["قاعدة", ["airbase", "camp"]],
      ["مطار", ["airport", "airbase"]],
      ["مهبط", ["airport", "airbase"]],
      ["معسكر", ["camp", "poi"]],
      ["ميناء", ["port"]],
      ["مرفأ", ["port"]],
      ["موانئ", ["port"]],
      ["ميناءي", ["port"]],
      ["ميناءا", ["port"]],
      ["حقل", ["oilfield"]],
      ["حقول", ["oilfield"]],
      ["حقلي", ["oilfield"]],
      ["مطاري", ["airport", "airbase"]],
      ["مطارات", ["airport", "airbase"]],
      ["قاعدتي", ["airbase", "camp"]],
      ["قواعد", ["airbase", "camp"]],
      ["مجمع", ["oilfield", "poi"]],
      ["مصفاة", ["oilfield", "poi"]],
      ["منفذ", ["crossing"]],
      ["معبر", ["crossing"]],
      ["قصر", ["poi"]],
      ["محطة", ["poi"]],
      ["طريق", ["road"]],
      ["شارع", ["road"]],
      ["كلية", ["airbase", "poi"]],
      ["سجن", ["poi"]],
      ["فندق", ["poi"]],
      ["جامعة", ["poi"]],
      ["مستشفى", ["poi"]],
    ] as const
  ).map(([w, kinds]) => [normalizeName(w), kinds]),
);

/**
 * Words that announce a place name ("مدينة مصراتة", "منطقة الوشكة", "جنوب طرابلس",
 * "العاصمة طرابلس"). A name that is also a common word is only taken after one of these.
 */
export const PLACE_CUES = set([
  "مدينة", "مدينتي", "مدن", "بلدة", "بلدتي", "بلدية", "بلديات", "منطقة", "منطقتي", "مناطق", "حي", "أحياء", "قرية", "قرى",
  "واحة", "واحات", "ضاحية", "محور", "محوري", "محاور", "شعبية", "إقليم", "ولاية", "محافظة", "سكان", "أهالي", "مشارف", "تخوم",
  "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
]);

/**
 * Plural and dual cue words, which announce every name of the list after them:
 * "موانئ السدرة وراس لانوف والبريقة" (three ports), "أحياء الجيزة البحرية والدولار" (two districts).
 */
export const LIST_CUES = set([
  "موانئ", "ميناءي", "ميناءا", "حقول", "حقلي", "مطاري", "مطارات", "قاعدتي", "قواعد",
  "مدينتي", "مدن", "بلدتي", "بلديات", "منطقتي", "مناطق", "أحياء", "قرى", "واحات", "محوري", "محاور",
]);

/**
 * Words before "مع" that make the next name a country: "الحدود مع النيجر", "منفذ ... الحدودي مع تونس".
 * And words that make the name right after them a country: "سفارة تونس", "حكومة الجزائر".
 */
export const COUNTRY_CUES_BEFORE_MA = set(["الحدود", "الحدودي", "الحدودية", "حدود", "حدودها", "حدوده"]);
export const COUNTRY_CUES = set(["سفارة", "سفارات", "سفير", "حكومة", "دولة", "دولتي", "دول", "رئيس", "رئيسة", "جمهورية"]);

/** Heads of media, organisation and club names: "وكالة الأناضول", "صحيفة الشرق الأوسط", "بوابة إفريقيا", "الأهلي طرابلس". */
export const ORGANISATION_HEADS = set([
  "وكالة", "وكالات", "صحيفة", "صحف", "جريدة", "قناة", "قنوات", "فضائية", "بوابة", "موقع", "مجلة", "إذاعة", "تلفزيون",
  "شبكة", "حزب", "نادي", "فريق", "شركة", "مصرف", "بنك", "جمعية", "منظمة", "حركة", "تيار", "كتيبة", "لواء", "درع",
  "الأهلي", // football clubs: "الأهلي طرابلس", "الأهلي بنغازي"
  // national teams and clubs named after their country or city: "منتخب قطر", "ريال مدريد"
  "منتخب", "منتخبا", "منتخبي", "منتخبات", "ريال", "أتلتيكو", "أهلي",
  "شورى", // councils of armed groups: "مجلس شورى ثوار بنغازي", "مجلس شورى مجاهدي درنة"
  "فجر", // coalitions and operations named "dawn of": "فجر ليبيا" (2014), like "درع ليبيا"
]);

/**
 * Nouns that stand between an organisation head and a place in the names of armed groups:
 * "كتيبة شهداء الزاوية", "لواء ثوار طرابلس", "كتيبة درع ليبيا". The place there names the group.
 */
export const ORGANISATION_MIDDLES = set([
  "شهداء", "ثوار", "أحرار", "حماة", "فرسان", "أسود", "نسور", "صقور", "درع", "أبطال",
]);

/** Words that end a media name: "العين الإخبارية", "ليبيا نيوز", "الوسط الإلكترونية". */
export const ORGANISATION_TAILS = set([
  "الإخبارية", "الإخباري", "نيوز", "تايمز", "الإلكترونية", "الإلكتروني", "برس", "تي", "تيفي", "الفضائية", "اليومية",
  "الأحرار", "الحدث", // channels named after the country: "ليبيا الأحرار", "ليبيا الحدث"
]);

/** Titles before a person's name: "اللواء أحمد المسماري", "المستشار عقيلة صالح". */
export const PERSON_TITLES = set([
  "اللواء", "العقيد", "العميد", "المشير", "الفريق", "الرائد", "النقيب", "المقدم", "الرئيس", "السيد", "السيدة", "الشيخ",
  "الدكتور", "المستشار", "الوزير", "الأمير", "الملك", "المبعوث", "الحاج",
]);

/**
 * Frequent first names (and father's names): a name-like word after one is a family name
 * ("فائز السراج"), and one after a place name makes it a first name ("عقيلة صالح").
 * "علي" is left out: folded, it is also the preposition على; so is "آمنة", also "safe"
 * ("طرابلس آمنة").
 */
export const GIVEN_NAMES = set([
  "محمد", "أحمد", "عمر", "خالد", "خليفة", "عبد", "عبدالله", "عبدالرحمن", "إبراهيم", "مصطفى", "حسن", "حسين", "صالح",
  "فائز", "فايز", "عقيلة", "سالم", "يوسف", "محمود", "عثمان", "فتحي", "أسامة", "عبدالحميد", "عبدالسلام", "معمر", "سيف",
  "عبدالباسط", "عبدالفتاح", "رجب", "طيب", "جمال", "أنور", "حمزة", "إدريس", "الصادق", "الطاهر", "المهدي",
  "صلاح الدين", "بدر", "دحمان", "فاطمة", "عائشة", "خديجة", "زينب", "مريم",
]);

/**
 * Common nouns that are never a name by themselves: "المطار" (the airport, coreference),
 * "القاعدة" (the base), "العاصمة" (the capital). A gazetteer alias equal to one is ignored.
 */
export const GENERIC_NOUNS = set([
  "المطار", "القاعدة", "المعسكر", "الميناء", "الحقل", "المدينة", "العاصمة", "المنطقة", "البلاد", "البلدة", "القرية",
  "الحي", "الطريق", "الشارع", "الجبل", "الوادي", "الساحل", "الصحراء", "الشرق", "الغرب", "الجنوب", "الشمال", "الوسط",
  "العالم", "الدولة", "المحور", "الجبهة", "المركز", "الكلية", "القصر", "السجن", "الجامعة", "الواحة", "الإقليم",
]);

/**
 * Place names that are also ordinary words ("الخمس" = the five, "البيضاء" = the white,
 * "العين" = the eye, "السواني" = the water wheels): taken only after a place or facility
 * cue, or when a related place (parent, child, a place in the same list) is named nearby.
 */
export const COMMON_WORD_NAMES = set([
  // ordinary nouns and adjectives
  "العين", "القبة", "الجميل", "الأبيار", "الشاطئ", "الواحات", "الوسطى", "السواني", "الهضبة", "البركة",
  "السلام", "الحدائق", "الفيل", "الشرارة", "الخادم", "الوفاء", "السدرة", "الحريقة", "الجرف", "السبعة", "السكت", "الظهرة",
  "الرملة", "النصر", "الفاتح", "الثورة", "الحرية", "الوحدة", "الاستقلال", "الشهداء", "الجلاء", "الأندلس", "زلة", "هون",
  "الرابطة", "المنشية", "الجزيرة", "الحوض", "الجيزة", "الدولار", "الصفصاف", "الشط", "المنار", "الخضراء", "المشروع",
  "الكيش", "الهاني", "الساحة", "الميدان", "الفندق", "الكورنيش", "الجامعة", "المصنع", "القلعة", "القريات", "المحروقة",
  "الفقهاء", "الكازيرما", "الخروبة", "السرير", "مسلة", "النافورة", "أبو الطفل", "الحنية", "البياضة", "وازن", "جارف", "هراوة", "مساعد", "غدوة", "درج", "مطروح", "مجدول", "زمزم", "سوسة",
  // phrases that are also names
  "المدينة القديمة", "سوق الجمعة", "سوق الثلاثاء", "سوق الأحد", "سوق الخميس", "سوق الحوت", "طريق المطار",
  "الطريق الساحلي", "ساحة الشهداء", "ميدان الشهداء", "صلاح الدين", "النقاط الخمس",
  // neighbourhoods, villages and fields that are also ordinary words, adjectives or surnames
  "الجديد", "الغيران", "المغار", "الزعفران", "الناصرية", "السياحية", "المطرد", "العربان", "القواسم", "العدم", "بطة",
  "الوردية", "الثانوية", "الحجارة", "المهدية", "القنافيد", "الجبار", "الحميرة", "الكرومه", "السقائف", "حرقة",
  "السوادنة", "الوحيشي", "المحيشي", "الماجوري", "الزروق", "البوري", "المبروك", "الغاني", "الباهي", "فارغ", "عبد الكافي",
  "الشعواء", "سكرة", "الصابرية", "الحطية", "الفقار", "الخرائق", "غنيمة", "السهلة", "الهنادي", "سوق السبت", "الجعافرة",
  "لبدة", "الجنينة", "باب البحر", "الحيلة", "الوادي الأحمر", "التاج",
  // countries whose names are also ordinary phrases: بنين (sons), الرأس الأخضر (the green cape), الجبل الأسود
  "بنين", "الرأس الأخضر", "الجبل الأسود", "مالي", // مالي: also "financial", "my money"
  // capitals whose names are also ordinary words: كابل (cable), سيول (torrents: "السيول في درنة"), عدن (Eden)
  "كابل", "سيول", "عدن", "مكة", "جدة", "ليما", "لومي",
  // tribes named like a town: "اشتباكات بين التبو والزوية" in Kufra (الزوية is also a town in Wadi al-Shatii)
  "الزوية",
  // frequent family and given names
  "بدر", "التميمي", "السراج", "الصابري", "الليثي", "الهواري", "السلماني", "الدريبي", "دحمان", "زريق", "الزهراء",
]);


/** Nouns counted after a number word: "الخمس سنوات", "السبعة أيام", "الخمس دول". */
export const COUNTED_NOUNS = set([
  "سنوات", "سنين", "أعوام", "أيام", "أسابيع", "أشهر", "شهور", "ساعات", "دقائق", "ثوان", "مرات", "دول", "مدن", "نقاط",
  "ملايين", "آلاف", "مليارات", "قتلى", "جرحى", "أشخاص", "أفراد", "عناصر", "مقاتلين", "طائرات", "سيارات", "جولات",
]);

/**
 * Place names that are also adjectives or number words: taken as names, except where they
 * work as such — after a definite noun ("الأسلحة البيضاء", "الدول الخمس") or before a
 * counted noun ("الخمس سنوات"). "في البيضاء" and "في الخمس" stay Bayda and Khoms.
 */
export const MODIFIER_NAMES = set(["البيضاء", "الخمس", "المحروقة", "المقرون"]);

/**
 * Words after which a verb follows, never a name: "قد سرت", "لقد سرت", "بعدما سرت",
 * "الأنباء التي سرت". Applied only to names that are also verbs (VERB_HOMOGRAPHS).
 */
export const VERB_PARTICLES = set([
  "قد", "لقد", "بعدما", "عندما", "حينما", "كلما", "مثلما", "طالما", "ريثما", "التي", "الذي",
]);

/**
 * Words that may open a clause: a verb-homograph name right after one (or at the start of a
 * sentence) followed by its verb's usual subject is the verb: "كما سرت أنباء", ". سرت شائعات".
 * Prepositions and verbs are not here: "في سرت حالة من الترقب", "تشهد سرت حالة من الهدوء".
 */
export const CLAUSE_OPENERS = set([
  "و", "ف", "ثم", "كما", "حيث", "بينما", "فيما", "إذ", "إذا", "لكن", "بل", "أنه", "إنه", "حين", "حينها", "بعدها",
  "كذلك",
]);

/** What a verb-homograph name's other reading looks like around it: words before, words after. */
export type VerbContext = { before: ReadonlySet<string>; after: ReadonlySet<string> };

const verb = (before: string[], after: string[]): VerbContext => ({ before: set(before), after: set(after) });

/**
 * Place names that are also verbs, with the words that mark the verb reading: those before it
 * (besides VERB_PARTICLES) and those after it — the verb's usual subject, one or two words,
 * written without the article (both "سرت أنباء" and "سرت الأنباء" match "أنباء").
 * سرت (Sirte) is also سرت "spread, came into force" and سِرتُ "I walked"; إدري (Idri) is
 * also أدري "I know"; تهللت (Tahlilt) "lit up"; وازن (Wazin) "weighed up".
 */
export const VERB_HOMOGRAPHS: ReadonlyMap<string, VerbContext> = new Map([
  [
    normalizeName("سرت"),
    verb(
      [],
      [
        "أنباء", "شائعات", "شائعة", "إشاعات", "إشاعة", "أخبار", "أقاويل", "تكهنات", "تقارير", "معلومات", "أحاديث",
        "حالة", "موجة", "أجواء", "روح", "مشاعر", "مخاوف", "هدنة", "تهدئة", "مفعول", "أحكام", "عدوى", "حمى",
        "قشعريرة", "رعشة", "نار", "كهرباء", "دماء", "حياة",
        "في أوساط", "في صفوف", "في أنحاء", "في أرجاء", "في ربوع", "في جسد", "في عروق", "في أوصال", "في نفوس",
        "في قلوب", "بين أوساط", "بين صفوف",
      ],
    ),
  ],
  [normalizeName("إدري"), verb(["لا", "ما"], [])],
  [normalizeName("تهللت"), verb([], ["وجوه", "أسارير", "ملامح", "قلوب"])],
  [normalizeName("وازن"), verb([], ["بين"])],
]);

/**
 * How some homograph names are vocalised when a writer adds harakat (and which hamza their
 * alef carries): marks or a hamza that the name never has mean the other word — سَرَت, سرّت,
 * سرتُ are verbs, سِرْت is the city; أدري is "I know", إدري the town; مُصِرّ "insisting", مِصْر Egypt.
 * Each letter allows the marks it carries in any of the spellings given.
 */
export const VOCALISED_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  [normalizeName("سرت"), ["سِرْتْ", "سُرْتْ"]],
  [normalizeName("إدري"), ["إِدْرِي"]],
  [normalizeName("مصر"), ["مِصْرُ", "مِصْرَ", "مِصْرِ"]],
]);

/**
 * Ordinary words that read as a proclitic plus a place name: فسرت "explained" (ف + سرت),
 * كسرت "broke", فقيرة "poor" (ف + قيرة), لغات "languages" (ل + غات), كتكوت "chick". Read that
 * way, the name needs support like a common-word name ("إلى أوباري ولغات" still counts).
 */
export const PROCLITIC_LOOKALIKES = set(["فسرت", "كسرت", "فقيرة", "لغات", "كتكوت"]);

/**
 * Demonstratives: a definite word after one is an ordinary noun ("من هذه الزاوية", "تلك الجزيرة").
 * Not ذلك, often an object before the subject: "أعلنت ذلك الجزائر" (Algeria announced it).
 */
export const DEMONSTRATIVES = set(["هذا", "هذه", "تلك", "هذان", "هاتان", "هذين", "هاتين", "هؤلاء", "أولئك"]);

/**
 * Nouns that make a fixed phrase with the word after them, which is then no place:
 * "حجر الزاوية" (cornerstone), "صلاة المغرب" / "أذان المغرب" (the sunset prayer), "رب العالمين",
 * "القوة القاهرة" / "الظروف القاهرة" (force majeure), "سعر الدولار" (the dollar rate).
 */
export const PHRASE_HEADS = set([
  "حجر", "صلاة", "صلاتي", "أذان", "آذان", "رب", "القوة", "الظروف", "سعر", "أسعار", "صرف",
  "ضربة", "ركلة", // "ضربة الزاوية" (a corner kick)
]);

/**
 * Words after a name that give it its ordinary reading: "الزاوية اليسرى للمرمى" (the left
 * corner), "الزاوية القائمة" (the right angle), "مسقط رأسه" (his birthplace). Only these names, each with its own words.
 */
export const SENSE_TAILS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [normalizeName("الزاوية"), set(["اليسرى", "اليمنى", "العليا", "السفلى", "البعيدة", "القريبة", "الحادة", "القائمة", "المنفرجة", "الضيقة", "الميتة"])],
  // "مسقط رأسه" (his birthplace), not Muscat
  [normalizeName("مسقط"), set(["رأس", "رأسه", "رأسها", "رأسهم", "رأسي", "رأسك"])],
]);

/**
 * Words that put a sentence about oil: a field or terminal named bare after one of them is the
 * field ("استئناف الإنتاج من الشرارة والفيل", "وقف إنتاج النفط ... فتوقف العمل في الشرارة").
 */
export const OIL_WORDS = set([
  "النفط", "نفط", "النفطي", "النفطية", "الإنتاج", "إنتاج", "برميل", "براميل", "الخام", "الحقول", "حقول", "الغاز", "غاز",
  "التصدير", "تصدير", "الصادرات", "الموانئ",
]);
