using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Spanish;

/// <summary>Spanish vocabulary and number words (0–59, "dos mil dieciocho" years).</summary>
internal static class SpanishWords
{
    private static readonly string[] Units =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
        "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
        "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];

    private static readonly string[] Tens = ["", "", "", "treinta", "cuarenta", "cincuenta"];

    public static readonly Words<int> Numbers = new(NumberEntries());

    public static readonly Words<int> Months = WordTable.Ints(
        "enero,ene=1; febrero,feb=2; marzo,mar=3; abril,abr=4; mayo,may=5; junio,jun=6; julio,jul=7; agosto,ago=8; " +
        "septiembre,setiembre,sept,sep,set=9; octubre,oct=10; noviembre,nov=11; diciembre,dic=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "lunes,lun=1; martes,mar=2; miércoles,miercoles,mié,mie=3; jueves,jue=4; viernes,vie=5; sábado,sabado,sáb,sab=6; domingo,dom=7");

    public static readonly Words<DurationUnit> Units2 = WordTable.Of(
        ("segundos,segundo,seg,segs", DurationUnit.Second),
        ("minutos,minuto,min,mins", DurationUnit.Minute),
        ("horas,hora,hrs,hras,hr,h", DurationUnit.Hour),
        ("días,día,dias,dia,noches,noche", DurationUnit.Day),
        ("semanas,semana", DurationUnit.Week),
        ("meses,mes", DurationUnit.Month),
        ("años,año,anos,ano", DurationUnit.Year));

    public static readonly Words<Holiday> Holidays = WordTable.Of(
        ("año nuevo,día de año nuevo", Holiday.On(1, 1)),
        ("día de reyes", Holiday.On(1, 6)),
        ("san valentín,día de san valentín,dia de san valentin", Holiday.On(2, 14)),
        ("día del trabajador,dia del trabajador,día del trabajo,dia del trabajo", Holiday.On(5, 1)),
        ("nochebuena", Holiday.On(12, 24)),
        ("navidad,día de navidad", Holiday.On(12, 25)),
        ("nochevieja", Holiday.On(12, 31)),
        ("pascua,domingo de pascua,domingo de resurrección", Holiday.Easter(0)),
        ("viernes santo", Holiday.Easter(-2)),
        ("jueves santo", Holiday.Easter(-3)),
        ("día de la madre,dia de la madre", Holiday.Nth(5, 7, 2)),
        ("día del padre,dia del padre", Holiday.Nth(6, 7, 3)));

    public static string Month => $"(?:{Months.Pattern})";

    public const string Weekday = "(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)";

    public const string Next = "(?:próximo|próxima|proximo|proxima|siguiente|que\\s+viene|entrante)";

    public const string Last = "(?:pasado|pasada|último|última|ultimo|ultima|anterior)";

    public static string Number => $@"\d+(?:[.,]\d+)?|unos|unas|algunos|algunas|varios|varias|un|una|{Numbers.Pattern}";

    public static decimal? Parse(string text)
    {
        if (text.Length == 0)
            return null;
        if (char.IsDigit(text[0]))
            return Digits.Decimal(text);
        return text switch
        {
            "unos" or "unas" or "algunos" or "algunas" or "varios" or "varias" => 3,
            "un" or "una" => 1,
            _ => Numbers.TryGet(text, out var v) ? v : null,
        };
    }

    public static int? ParseHour(string text) => Digits.Int(text) ?? (text is "una" or "un" ? 1 : Numbers.TryGet(text, out var v) && v <= 24 ? v : null);

    public static int? ParseMonth(string text) => Digits.Int(text) ?? (Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);

    public static int Offset(string rel) =>
        System.Text.RegularExpressions.Regex.IsMatch(rel, "^(?:pr|sig|que|ent)") ? 1 : System.Text.RegularExpressions.Regex.IsMatch(rel, "^(?:pas|últ|ult|ant)") ? -1 : 0;

    /// <summary>"dos mil dieciocho", "mil novecientos noventa".</summary>
    public static int? ParseYearWords(string text)
    {
        var m = System.Text.RegularExpressions.Regex.Match(text, @"^(?:(?<th>dos)\s+)?mil(?:\s+(?<rest>.+))?$");
        if (!m.Success)
            return null;
        var baseYear = m.Groups["th"].Success ? 2000 : 1000;
        if (!m.Groups["rest"].Success)
            return baseYear;
        var rest = m.Groups["rest"].Value;
        if (rest.StartsWith("novecientos", StringComparison.Ordinal))
            return baseYear + 900 + (rest.Length > 12 && Parse(rest[12..].Trim()) is { } r ? (int)r : 0);
        return Parse(rest) is { } n ? baseYear + (int)n : null;
    }

    private static IEnumerable<KeyValuePair<string, int>> NumberEntries()
    {
        for (var n = 0; n < 60; n++)
        {
            if (n < 30)
            {
                yield return new(Units[n], n);
                continue;
            }
            yield return new(n % 10 == 0 ? Tens[n / 10] : $"{Tens[n / 10]} y {Units[n % 10]}", n);
        }
        yield return new("veintidos", 22);
        yield return new("veintitres", 23);
        yield return new("dieciseis", 16);
        yield return new("veintiseis", 26);
    }
}
