using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>Turkish number words: "yüz altmış bir", "onbinaltıyüz", "bir buçuk", "beş bölü sekiz", "yirmi beşinci".</summary>
internal static class TurkishNumberWords
{
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.Turkish, FoldKind.Turkish)
            .Same(WordKind.Zero, 0, "sıfır")
            .Add(WordKind.Unit, "bir:1 iki:2 üç:3 dört:4 beş:5 altı:6 yedi:7 sekiz:8 dokuz:9")
            // "on" (10) takes units like the other tens: "on bir" is 11.
            .Add(WordKind.Ten, "on:10 yirmi:20 otuz:30 kırk:40 elli:50 altmış:60 yetmiş:70 seksen:80 doksan:90")
            .Same(WordKind.Hundred, 100, "yüz")
            .Add(WordKind.Multiplier, "bin:1e3 milyon:1e6 milyar:1e9 trilyon:1e12 katrilyon:1e15")
            .Same(WordKind.Dozen, 12, "düzine")
            .Same(WordKind.Minus, 0, "eksi")
            .Same(WordKind.Point, 0, "nokta virgül")
            .Same(WordKind.Over, 0, "bölü")
            .Same(WordKind.AndHalf, 0.5, "buçuk")
            .Add(WordKind.Unit, "yarım:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "çeyrek:4", WordFlags.Fraction | WordFlags.NotOrdinal)
            .Add(WordKind.Unit, "birinci:1 ikinci:2 üçüncü:3 dördüncü:4 beşinci:5 altıncı:6 yedinci:7 sekizinci:8 dokuzuncu:9", Ordinal)
            .Add(WordKind.Ten, "onuncu:10 yirminci:20 otuzuncu:30 kırkıncı:40 ellinci:50 altmışıncı:60 yetmişinci:70 sekseninci:80 doksanıncı:90", Ordinal)
            .Add(WordKind.Hundred, "yüzüncü:100", Ordinal)
            .Add(WordKind.Multiplier, "bininci:1e3 milyonuncu:1e6 milyarıncı:1e9 trilyonuncu:1e12", Ordinal);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases) { Compounding = true };
    }
}
