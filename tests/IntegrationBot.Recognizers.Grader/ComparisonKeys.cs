using System.Text;
using System.Text.Json;

namespace IntegrationBot.Recognizers.Grader;

/// <summary>
/// Reduces expected and actual entities to the README's comparison key: lower-cased text, type name and the
/// model's key resolution fields as strings. Two entities match when their keys are equal.
/// </summary>
public static class ComparisonKeys
{
    private const char Separator = '\u001f';
    private static readonly string[] DateTimeFields = ["timex", "type", "value", "start", "end", "Mod"];

    public static string ForExpected(string model, SpecResult expected, bool ignoreResolution)
    {
        var key = Head(expected.Text, expected.TypeName);
        if (ignoreResolution)
            return key.ToString();
        var resolution = expected.Resolution;
        switch (model)
        {
            case "ordinal":
                key.Append(Separator).Append(Field(resolution, "offset"))
                    .Append(Separator).Append(Field(resolution, "relativeTo"));
                if (expected.TypeName != "ordinal.relative")
                    key.Append(Separator).Append(Field(resolution, "value"));
                break;
            case "datetime":
            case "datetime-experimental":
                var values = resolution.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
                    ? v.EnumerateArray().Select(ExpectedDateTimeValue)
                    : [];
                AppendMultiset(key, values);
                break;
            default:
                key.Append(Separator).Append(Field(resolution, "value"));
                break;
        }
        return key.ToString();
    }

    public static string ForActual(ModelResult actual, bool ignoreResolution)
    {
        var key = Head(actual.Text, actual.TypeName);
        if (ignoreResolution)
            return key.ToString();
        switch (actual.Resolution)
        {
            case OrdinalResolution o:
                key.Append(Separator).Append(o.Offset).Append(Separator).Append(o.RelativeTo);
                if (actual.TypeName != "ordinal.relative")
                    key.Append(Separator).Append(o.Value);
                break;
            case DateTimeResolution d:
                AppendMultiset(key, d.Values.Select(x => DateTimeValueKey(x.Timex, x.Type, x.Value, x.Start, x.End, x.Mod)));
                break;
            case NumberResolution n:
                key.Append(Separator).Append(n.Value);
                break;
            case BooleanResolution b:
                key.Append(Separator).Append(b.Value ? "true" : "false");
                break;
            case SequenceResolution s:
                key.Append(Separator).Append(s.Value);
                break;
            default:
                key.Append(Separator).Append(actual.Resolution.GetType().Name);
                break;
        }
        return key.ToString();
    }

    private static StringBuilder Head(string text, string typeName) =>
        new StringBuilder().Append(text.ToLowerInvariant()).Append(Separator).Append(typeName);

    private static string ExpectedDateTimeValue(JsonElement value)
    {
        string? Get(string name) => value.TryGetProperty(name, out var p) ? AsString(p) : null;
        return DateTimeValueKey(Get("timex"), Get("type"), Get("value"), Get("start"), Get("end"), Get("Mod"));
    }

    private static string DateTimeValueKey(params string?[] fields)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            // A missing field and an empty one must differ: a field one side lacks is a mismatch.
            builder.Append(DateTimeFields[i]).Append('=').Append(fields[i] is null ? "\u2400" : fields[i]).Append(';');
        }
        return builder.ToString();
    }

    private static void AppendMultiset(StringBuilder key, IEnumerable<string> values)
    {
        foreach (var value in values.Order(StringComparer.Ordinal))
            key.Append(Separator).Append(value);
    }

    private static string Field(JsonElement resolution, string name) =>
        resolution.ValueKind == JsonValueKind.Object && resolution.TryGetProperty(name, out var p) ? AsString(p) : "\u2400";

    private static string AsString(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "\u2400",
        JsonValueKind.Number => element.GetRawText(),
        _ => element.GetRawText(),
    };
}
