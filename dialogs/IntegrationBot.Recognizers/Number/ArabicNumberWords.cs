using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Arabic number words: "واحد وعشرون" (units before tens, joined by و), "ستة عشر", "ثلاث مائة", duals such as
/// "ألفين" (2000), fractions "ثلاثة ارباع", "جزء من مئة". The prefixes و and ب are split off written words.
/// </summary>
internal static class ArabicNumberWords
{
    private const WordFlags Plural = WordFlags.Fraction | WordFlags.Plural | WordFlags.NotOrdinal;
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.Arabic, FoldKind.Arabic)
            .Same(WordKind.Zero, 0, "صفر")
            .Add(WordKind.Unit, "واحد:1 واحدة:1 اثنان:2 اثنين:2 اثنتان:2 اثنتين:2 اثني:2 اثنا:2 ثلاثة:3 ثلاث:3 أربعة:4 أربع:4 خمسة:5 ستة:6 ست:6 سبعة:7 سبع:7 ثمانية:8 ثمان:8 ثماني:8 تسعة:9 تسع:9")
            // خمس is five and a fifth.
            .Add(WordKind.Unit, "خمس:5", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.AlsoCardinal | WordFlags.Alone)
            .Add(WordKind.TeenTen, "عشر:10 عشرة:10")
            .Add(WordKind.Ten, "عشرون:20 عشرين:20 ثلاثون:30 ثلاثين:30 أربعون:40 أربعين:40 خمسون:50 خمسين:50 ستون:60 ستين:60 سبعون:70 سبعين:70 ثمانون:80 ثمانين:80 تسعون:90 تسعين:90")
            .Same(WordKind.Hundred, 100, "مائة مئة")
            .Add(WordKind.Hundreds, "مائتان:200 مائتين:200 مئتان:200 مئتين:200 ثلاثمائة:300 أربعمائة:400 خمسمائة:500 ستمائة:600 سبعمائة:700 ثمانمائة:800 تسعمائة:900")
            .Add(WordKind.Multiplier, "ألف:1e3 آلاف:1e3 الاف:1e3 مليون:1e6 ملايين:1e6 مليار:1e9 مليارات:1e9 بليون:1e9 ترليون:1e12 تريليون:1e12 ترليونات:1e12 تريليونات:1e12")
            .Add(WordKind.Multiplier, "ألفين:1e3 ألفان:1e3 مليونين:1e6 مليونان:1e6", WordFlags.Dual)
            .Same(WordKind.Dozen, 12, "دزينة دزينات درزن")
            .Add(WordKind.Connector, "و:0", WordFlags.MixedSeparator)
            .Add(WordKind.None, "ب:0", WordFlags.Prefix)
            .Same(WordKind.Minus, 0, "سالب ناقص")
            .Same(WordKind.Point, 0, "فاصلة")
            .Same(WordKind.Over, 0, "على من")
            .Add(WordKind.Over, "جزء_من:0", WordFlags.ImpliedOne)
            .Add(WordKind.Unit, "نصف:2 ثلث:3 ربع:4", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "أثلاث:3 أرباع:4 أخماس:5 أسداس:6 أسباع:7 أثمان:8 أتساع:9 أعشار:10", Plural)
            .Add(WordKind.Literal, "ثلثان:0.666666666666667 ثلثين:0.666666666666667 ثلاثة_أرباع:0.75")
            // Ordinals take the article: "الثاني", "الحادي عشر", "العشرون", "التريليون".
            .Add(WordKind.Unit, "الأول:1 الأولى:1 الثاني:2 الثانية:2 الثالث:3 الثالثة:3 الرابع:4 الرابعة:4 الخامس:5 الخامسة:5 السادس:6 السادسة:6 السابع:7 السابعة:7 الثامن:8 الثامنة:8 التاسع:9 التاسعة:9", Ordinal)
            .Add(WordKind.Teen, "العاشر:10 العاشرة:10 الحادي_عشر:11 الحادية_عشرة:11 الثاني_عشر:12 الثانية_عشرة:12 الثالث_عشر:13 الثالثة_عشرة:13 الرابع_عشر:14 الخامس_عشر:15 السادس_عشر:16 السابع_عشر:17 الثامن_عشر:18 التاسع_عشر:19", Ordinal)
            .Add(WordKind.Ten, "العشرون:20 العشرين:20 الثلاثون:30 الثلاثين:30 الأربعون:40 الأربعين:40 الخمسون:50 الخمسين:50 الستون:60 الستين:60 السبعون:70 السبعين:70 الثمانون:80 الثمانين:80 التسعون:90 التسعين:90", Ordinal)
            .Add(WordKind.Hundred, "المائة:100 المئة:100", Ordinal)
            .Add(WordKind.Hundreds, "المئتان:200 المئتين:200 المئتيان:200 المائتان:200", Ordinal)
            .Add(WordKind.Multiplier, "الألف:1e3 المليون:1e6 المليار:1e9 الترليون:1e12 التريليون:1e12", Ordinal);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            Compounding = true,
            ReversedTens = true,
        };
    }
}
