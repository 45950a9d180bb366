namespace IntegrationBot.Recognizers.Ordinal;

public static class OrdinalRecognizer
{
    public static IReadOnlyList<ModelResult> Recognize(string text, string culture) => [];
}
