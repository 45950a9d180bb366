namespace IntegrationBot.Recognizers;

/// <summary>
/// One entity found in an utterance, in the shape of Microsoft Recognizers-Text results so the public spec
/// cases can grade it. <see cref="End"/> is inclusive, as upstream's.
/// </summary>
public sealed record ModelResult(string Text, int Start, int End, string TypeName, Resolution Resolution);

/// <summary>A model-specific resolution; each model has its own typed record.</summary>
public abstract record Resolution;

/// <summary><c>number</c>: the value as a string in the culture's number format (e.g. French "0,6").</summary>
public sealed record NumberResolution(string Value, string? Subtype = null) : Resolution;

/// <summary><c>ordinal</c> and <c>ordinal.relative</c>.</summary>
public sealed record OrdinalResolution(string Value, string Offset, string RelativeTo) : Resolution;

/// <summary><c>boolean</c>.</summary>
public sealed record BooleanResolution(bool Value, double Score) : Resolution;

/// <summary><c>email</c> and <c>phonenumber</c>: the normalised text.</summary>
public sealed record SequenceResolution(string Value, double? Score = null) : Resolution;

/// <summary><c>datetimeV2.*</c>: one or more readings (e.g. past and future "2. Oktober").</summary>
public sealed record DateTimeResolution(IReadOnlyList<DateTimeValue> Values) : Resolution;

/// <summary>One datetimeV2 reading; fields left null are absent on the wire.</summary>
public sealed record DateTimeValue(
    string Timex,
    string Type,
    string? Value = null,
    string? Start = null,
    string? End = null,
    string? Mod = null);
