namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// One morpheme found in the text, with the character span of the token it came from. A compound token
/// ("dreiviertel") gives several items; only the first starts the token and only the last ends it.
/// </summary>
internal readonly record struct NumberItem(NumberWord Word, int Start, int End, bool StartsToken, bool EndsToken)
{
    public WordKind Kind => Word.Kind;
}
