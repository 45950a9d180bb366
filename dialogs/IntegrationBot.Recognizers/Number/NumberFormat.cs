using System.Globalization;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Writes a value the way the specs expect: 15 significant digits (".NET G15"), with the culture's decimal
/// separator: "0,666666666666667" in German, "0.5" in English and Arabic.
/// </summary>
internal static class NumberFormat
{
    public static string Format(double value, string language)
    {
        if (value == 0)
            value = 0; // no "-0"
        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        return UsesDecimalComma(language) ? text.Replace('.', ',') : text;
    }

    public static bool UsesDecimalComma(string language) =>
        language is not (Culture.English or Culture.Arabic or Culture.Persian);

    public static string Subtype(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? "integer" : "decimal";
}
