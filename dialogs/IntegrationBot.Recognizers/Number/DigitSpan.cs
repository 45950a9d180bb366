namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// A number written with digits. <see cref="Combinable"/> ones (plain integers and decimals) may take a
/// scale word after them ("300 Milliarden", "3 hundred"); fractions, powers and suffixed ones ("10k") stand alone.
/// </summary>
internal readonly record struct DigitSpan(int Start, int End, double Value, bool Combinable, string Subtype);
