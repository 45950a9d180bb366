namespace IntegrationBot.Engine.Localization;

/// <summary>Renders <see cref="Text"/> in the current UI culture (set per turn by the locale middleware).</summary>
public interface IBotTexts
{
    string this[Text text] { get; }

    string this[string key, params object[] args] { get; }

    /// <summary>All translations of a key in the shipped languages (e.g. command words recognised in any language).</summary>
    IReadOnlyList<string> InAllLanguages(string key);
}
