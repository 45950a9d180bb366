using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Arabic number words: "واحد وعشرون" (units before tens, joined by و), "ستة عشر", "ثلاث مائة", duals such as
/// "ألفين" (2000), fractions "ثلاثة ارباع", "جزء من مئة". The prefixes و and ب are split off written words.
/// </summary>
internal static class ArabicNumberWords
{
    private const WordFlags Plural = WordFlags.Fraction | WordFlags.Plural | WordFlags.NotOrdinal;

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
            .Add(WordKind.Literal, "ثلثان:0.666666666666667 ثلثين:0.666666666666667 ثلاثة_أرباع:0.75");
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            Compounding = true,
            ReversedTens = true,
        };
    }
}
