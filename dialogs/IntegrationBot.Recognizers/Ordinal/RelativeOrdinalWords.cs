namespace IntegrationBot.Recognizers.Ordinal;

/// <summary>
/// One relative-ordinal phrase as a regex fragment, with the position it names. An open phrase may run into
/// a suffix (Turkish "sondan üçüncüyüz" holds "sondan üçüncü").
/// </summary>
internal readonly record struct RelativePhrase(string Pattern, long Offset, OrdinalAnchor Anchor, bool Open = false);

/// <summary>
/// "last", "the one before the last one", "vorletzte", "nächste", "l'avant-dernier", "sondan üçüncü"...
/// Longer phrases come first so that they win over their parts. Fragments are case-insensitive regexes.
/// </summary>
internal static class RelativeOrdinalWords
{
    private const OrdinalAnchor End = OrdinalAnchor.End;
    private const OrdinalAnchor Current = OrdinalAnchor.Current;

    public static RelativePhrase[] For(string language) => language switch
    {
        Culture.English =>
        [
            new(@"(?:the\s+)?(?:one\s+)?before\s+the\s+penultimate(?:\s+one)?", -2, End),
            new(@"antepenultimate|(?:the\s+)?last\s+but\s+two|third[\s-]+to[\s-]+last|third\s+last", -2, End),
            new(@"(?:the\s+)?one\s+before\s+(?:the\s+)?last(?:\s+one)?", -1, End),
            new(@"(?:the\s+)?last\s+but\s+one|penultimate|next[\s-]+to[\s-]+last|second[\s-]+to[\s-]+last|second\s+last", -1, End),
            new(@"last|final|very\s+last", 0, End),
            new(@"next\s+one|next|following", 1, Current),
            new(@"previous\s+one|previous|preceding|prior", -1, Current),
            new(@"current\s+one|current", 0, Current),
        ],
        Culture.German =>
        [
            new(@"(?:vorvorletzt|drittletzt)(?:e[nrsm]?)?", -2, End),
            new(@"viertletzt(?:e[nrsm]?)?", -3, End),
            new(@"(?:vorletzt|zweitletzt)(?:e[nrsm]?)?", -1, End),
            new(@"(?:aller)?letzt(?:e[nrsm]?)?", 0, End),
            new(@"nächst(?:e[nrsm]?)?|naechst(?:e[nrsm]?)?|folgend(?:e[nrsm]?)?", 1, Current),
            new(@"vorherig(?:e[nrsm]?)?|vorig(?:e[nrsm]?)?", -1, Current),
            new(@"aktuell(?:e[nrsm]?)?|jetzig(?:e[nrsm]?)?|derzeitig(?:e[nrsm]?)?", 0, Current),
        ],
        Culture.Dutch =>
        [
            new(@"(?:de\s+)?op\s+twee\s+na\s+laatste|voorvoorlaatste", -2, End),
            new(@"(?:de\s+)?op\s+(?:één|een)\s+na\s+laatste|(?:de\s+)?(?:één|een)\s+voor\s+de\s+laatste|voorlaatste", -1, End),
            new(@"allerlaatste|laatste", 0, End),
            new(@"volgende|eerstvolgende", 1, Current),
            new(@"vorige|voorgaande", -1, Current),
            new(@"huidige", 0, Current),
        ],
        Culture.French =>
        [
            new(@"antépénultième|antepenultieme|(?:l['’])?avant[\s-]avant[\s-]derni(?:er|ère|ere)s?", -2, End),
            new(@"(?:celle|celui)\s+d['’]avant\s+(?:la|le)\s+derni(?:er|ère|ere)|(?:l['’])?avant[\s-]derni(?:er|ère|ere)s?|pénultième|penultieme", -1, End),
            new(@"derni(?:er|ère|ere)s?", 0, End),
            new(@"prochaine?s?|suivante?s?", 1, Current),
            new(@"précédente?s?|precedente?s?", -1, Current),
            new(@"actuel(?:le)?s?", 0, Current),
        ],
        Culture.Spanish =>
        [
            new(@"antepen[uú]ltim[oa]s?", -2, End),
            new(@"anterior\s+al\s+[uú]ltimo|pen[uú]ltim[oa]s?", -1, End),
            new(@"[uú]ltim[oa]s?", 0, End),
            new(@"siguientes?|pr[oó]xim[oa]s?", 1, Current),
            new(@"anterior(?:es)?|previ[oa]s?", -1, Current),
            new(@"actual(?:es)?", 0, Current),
        ],
        Culture.Italian =>
        [
            new(@"(?:l['’])?(?:terzultim|antipenultim)[oaie]", -2, End),
            new(@"penultim[oaie]", -1, End),
            new(@"l['’]ultim[oa]|ultim[oaie]", 0, End),
            new(@"prossim[oaie]|successiv[oaie]", 1, Current),
            new(@"precedent[ei]", -1, Current),
            new(@"attual[ei]|corrent[ei]", 0, Current),
        ],
        Culture.Portuguese =>
        [
            new(@"antepen[uú]ltim[oa]s?", -2, End),
            new(@"pen[uú]ltim[oa]s?", -1, End),
            new(@"[uú]ltim[oa]s?", 0, End),
            new(@"pr[oó]xim[oa]s?|seguintes?", 1, Current),
            new(@"anterior(?:es)?", -1, Current),
            new(@"atua(?:l|is)", 0, Current),
        ],
        Culture.Turkish =>
        [
            new(@"sondan\s+(?:üçüncü|ucuncu)", -2, End, Open: true),
            new(@"sondan\s+(?:ikinci|bir\s+önceki)", -1, End, Open: true),
            new(@"en\s+son(?:uncu(?:su)?)?|sonuncusu|sonuncu|son", 0, End),
            new(@"bir\s+sonraki|sonraki", 1, Current),
            new(@"bir\s+önceki|önceki|onceki", -1, Current),
            new(@"[iİ]lki|şimdiki|mevcut", 0, Current),
        ],
        Culture.Arabic =>
        [
            new(@"الذي\s+قبل\s+الأخير|الواحد\s+قبل\s+الاخير|الواحد\s+قبل\s+الأخير|قبل\s+الاخير|قبل\s+الأخير|قبل\s+الأخيرة", -1, End),
            new(@"الأخيرة|الاخيرة|الأخير|الاخير|الآخر|الاخر|آخر|اخر", 0, End),
            new(@"التالية|التالي|القادمة|القادم", 1, Current),
            new(@"السابقة|السابق", -1, Current),
            new(@"الحالية|الحالي", 0, Current),
        ],
        _ => [],
    };
}
