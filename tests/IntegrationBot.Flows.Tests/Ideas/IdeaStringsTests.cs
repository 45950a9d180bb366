using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using IntegrationBot.Domain.Events;
using IntegrationBot.Flows.Ideas;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>Every idea text exists in all shipped languages with the same placeholders, and every Handlungsfeld has a description.</summary>
public sealed partial class IdeaStringsTests
{
    private static readonly string[] Languages = ["de", "en", "ar", "tr", "uk", "ru", "fa", "nl"];

    [Fact]
    public void Every_idea_text_exists_in_all_eight_languages_with_the_same_placeholders()
    {
        var german = Texts("IntegrationBot.Flows.Resources.Ideas.IdeaStrings", "de");
        Assert.NotEmpty(german);
        Assert.All(german.Keys, key => Assert.StartsWith("Idea_", key, StringComparison.Ordinal));
        foreach (var language in Languages[1..])
        {
            var translated = Texts("IntegrationBot.Flows.Resources.Ideas.IdeaStrings", language);
            Assert.Equal(german.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in german)
            {
                Assert.True(Placeholders(text).SetEquals(Placeholders(translated[key])), $"{key} in '{language}' has other placeholders than in German.");
                Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{key} is empty in '{language}'.");
            }
        }
    }

    [Fact]
    public void Every_handlungsfeld_has_a_plain_description_in_all_eight_languages()
    {
        foreach (var language in Languages)
        {
            var glossary = Texts("IntegrationBot.Flows.Resources.Events.GlossaryStrings", language);
            foreach (var field in Handlungsfelder.All)
            {
                var description = glossary.GetValueOrDefault($"Glossary_Field_{field}_Description");
                Assert.False(string.IsNullOrWhiteSpace(description), $"{field} has no description in '{language}'.");
                Assert.DoesNotContain('{', description);
                Assert.DoesNotContain('\n', description);
            }
        }
    }

    /// <summary>The texts of one resx file, without falling back to the neutral (German) file.</summary>
    private static Dictionary<string, string> Texts(string baseName, string language)
    {
        var manager = new ResourceManager(baseName, typeof(IdeaStrings).Assembly);
        var culture = language == "de" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources {baseName} for '{language}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
