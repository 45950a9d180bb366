using System.Text;
using IntegrationBot.Domain.Events;
using IntegrationBot.Ideas.Fields;

namespace IntegrationBot.Ideas.Tests.Fields;

public sealed class FieldLexiconTests
{
    private static readonly FieldLexicon Lexicon = FieldLexicon.LoadEmbedded();

    [Fact]
    public void Every_Handlungsfeld_has_a_concept_that_names_it_on_its_own()
    {
        foreach (var field in Handlungsfelder.All)
            Assert.Contains(Lexicon.Concepts, c => c.Fields.TryGetValue(field, out var weight) && weight >= 3);
    }

    [Fact]
    public void Every_concept_has_terms_and_positive_weights()
    {
        Assert.Equal(1, Lexicon.Version);
        Assert.All(Lexicon.Concepts, c =>
        {
            Assert.NotEmpty(c.Terms);
            Assert.All(c.Fields.Values, w => Assert.True(w > 0, $"{c.Name} has a weight of {w}"));
        });
    }

    [Fact]
    public void A_concept_pointing_at_an_unknown_field_is_rejected()
    {
        const string json = """{ "version": 2, "concepts": { "x": { "fields": { "astronomie": 3 }, "terms": ["stern*"] } } }""";

        Assert.Throws<InvalidDataException>(() => FieldLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void A_term_part_that_is_not_one_word_is_rejected()
    {
        const string json = """{ "version": 2, "concepts": { "x": { "fields": { "wohnen": 3 }, "terms": ["miet-preis"] } } }""";

        Assert.Throws<InvalidDataException>(() => FieldLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Theory]
    [InlineData("Sprachkurs*", "sprachkurse", true)]
    [InlineData("*schwimm*", "nichtschwimmerkurs", true)]
    [InlineData("*kurs", "sprachkurs", true)]
    [InlineData("kita", "kitap", false)]
    public void Term_parts_match_words_stems_ends_and_compound_parts(string term, string token, bool matches) =>
        Assert.Equal(matches, TermPart.Parse(term).Matches(token));
}
