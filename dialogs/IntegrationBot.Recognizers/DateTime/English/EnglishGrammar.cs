using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>The English grammar.</summary>
internal static class EnglishGrammar
{
    public static Grammar Create() => new([], [], []);
}
