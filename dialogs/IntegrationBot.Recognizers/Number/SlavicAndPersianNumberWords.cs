using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Basic number words for Russian, Ukrainian and Persian (no upstream specs): units to scales, minus and
/// a half. Digits in every script, Eastern Arabic and Persian included, are handled by the digit patterns.
/// </summary>
internal static class SlavicAndPersianNumberWords
{
    public static NumberLanguage Russian()
    {
        var b = new LexiconBuilder(Culture.Russian, FoldKind.Cyrillic)
            .Same(WordKind.Zero, 0, "ноль нуль")
            .Add(WordKind.Unit, "один:1 одна:1 одно:1 два:2 две:2 три:3 четыре:4 пять:5 шесть:6 семь:7 восемь:8 девять:9")
            .Add(WordKind.Teen, "десять:10 одиннадцать:11 двенадцать:12 тринадцать:13 четырнадцать:14 пятнадцать:15 шестнадцать:16 семнадцать:17 восемнадцать:18 девятнадцать:19")
            .Add(WordKind.Ten, "двадцать:20 тридцать:30 сорок:40 пятьдесят:50 шестьдесят:60 семьдесят:70 восемьдесят:80 девяносто:90")
            .Add(WordKind.Hundreds, "сто:100 двести:200 триста:300 четыреста:400 пятьсот:500 шестьсот:600 семьсот:700 восемьсот:800 девятьсот:900")
            .Add(WordKind.Multiplier, "тысяча:1e3 тысячи:1e3 тысяч:1e3 миллион:1e6 миллиона:1e6 миллионов:1e6 миллиард:1e9 миллиарда:1e9 миллиардов:1e9")
            .Same(WordKind.Minus, 0, "минус")
            .Same(WordKind.Point, 0, "запятая")
            .Add(WordKind.Unit, "половина:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Literal, "полтора:1.5 полторы:1.5");
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases);
    }

    public static NumberLanguage Ukrainian()
    {
        var b = new LexiconBuilder(Culture.Ukrainian, FoldKind.Cyrillic)
            .Same(WordKind.Zero, 0, "нуль нуля")
            .Add(WordKind.Unit, "один:1 одна:1 одне:1 два:2 дві:2 три:3 чотири:4 п'ять:5 шість:6 сім:7 вісім:8 дев'ять:9")
            .Add(WordKind.Teen, "десять:10 одинадцять:11 дванадцять:12 тринадцять:13 чотирнадцять:14 п'ятнадцять:15 шістнадцять:16 сімнадцять:17 вісімнадцять:18 дев'ятнадцять:19")
            .Add(WordKind.Ten, "двадцять:20 тридцять:30 сорок:40 п'ятдесят:50 шістдесят:60 сімдесят:70 вісімдесят:80 дев'яносто:90")
            .Add(WordKind.Hundreds, "сто:100 двісті:200 триста:300 чотириста:400 п'ятсот:500 шістсот:600 сімсот:700 вісімсот:800 дев'ятсот:900")
            .Add(WordKind.Multiplier, "тисяча:1e3 тисячі:1e3 тисяч:1e3 мільйон:1e6 мільйона:1e6 мільйонів:1e6 мільярд:1e9 мільярда:1e9 мільярдів:1e9")
            .Same(WordKind.Minus, 0, "мінус")
            .Same(WordKind.Point, 0, "кома")
            .Add(WordKind.Unit, "половина:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Literal, "півтора:1.5 півтори:1.5");
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases);
    }

    public static NumberLanguage Persian()
    {
        var b = new LexiconBuilder(Culture.Persian, FoldKind.Arabic)
            .Same(WordKind.Zero, 0, "صفر")
            .Add(WordKind.Unit, "یک:1 دو:2 سه:3 چهار:4 پنج:5 شش:6 هفت:7 هشت:8 نه:9")
            .Add(WordKind.Teen, "ده:10 یازده:11 دوازده:12 سیزده:13 چهارده:14 پانزده:15 شانزده:16 هفده:17 هجده:18 هیجده:18 نوزده:19")
            .Add(WordKind.Ten, "بیست:20 سی:30 چهل:40 پنجاه:50 شصت:60 هفتاد:70 هشتاد:80 نود:90")
            .Add(WordKind.Hundreds, "صد:100 یکصد:100 دویست:200 سیصد:300 چهارصد:400 پانصد:500 ششصد:600 هفتصد:700 هشتصد:800 نهصد:900")
            .Add(WordKind.Multiplier, "هزار:1e3 میلیون:1e6 میلیارد:1e9")
            .Same(WordKind.Connector, 0, "و")
            .Same(WordKind.Minus, 0, "منفی")
            .Same(WordKind.Point, 0, "ممیز")
            .Add(WordKind.Unit, "نیم:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases);
    }
}
