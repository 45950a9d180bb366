namespace IntegrationBot.Recognizers.DateTime;

/// <summary>
/// A concrete span found in text. Without <see cref="HasTime"/>, <see cref="Start"/> and <see cref="End"/> are the
/// first and last day (inclusive, at midnight): "im Mai" is 1–31 May. With a time they are exact instants, and a
/// single moment ("morgen um 16 Uhr") has <see cref="Start"/> equal to <see cref="End"/>.
/// </summary>
public sealed record DateTimeSpan(string Text, System.DateTime Start, System.DateTime End, bool HasTime);
