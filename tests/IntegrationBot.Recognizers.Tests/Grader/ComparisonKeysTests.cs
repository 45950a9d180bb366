using IntegrationBot.Recognizers.Grader;

namespace IntegrationBot.Recognizers.Tests.Grader;

public sealed class ComparisonKeysTests
{
    private const string Line = """
        {"id": "number.de.x", "language": "de", "model": "number", "input": "Zwei und Drei", "reference": null,
         "results": [{"text": "drei", "start": 9, "end": 12, "typeName": "number", "resolution": {"value": "3"}},
                     {"text": "zwei", "start": 0, "end": 3, "typeName": "number", "resolution": {"value": "2", "subtype": "integer"}}],
         "ignoreResolution": false}
        """;

    [Fact]
    public void A_case_passes_when_the_entities_match_in_any_order_and_case()
    {
        var spec = SpecReader.Parse(Line.ReplaceLineEndings(" "));

        var outcome = new SpecGrader(TimeProvider.System).GradeCase(spec);

        Assert.True(outcome.Passed, string.Join(" | ", outcome.ActualKeys));
    }

    [Fact]
    public void A_missing_or_extra_entity_fails_the_case()
    {
        var spec = SpecReader.Parse(Line.ReplaceLineEndings(" ")) is var s ? s with { Input = "Zwei und Drei und vier" } : null!;

        var outcome = new SpecGrader(TimeProvider.System).GradeCase(spec);

        Assert.False(outcome.Passed);
    }

    [Fact]
    public void Ignored_resolutions_compare_text_and_type_only()
    {
        var expected = new SpecResult("ELF", "number", default);
        var actual = new ModelResult("elf", 0, 2, "number", new NumberResolution("12"));

        Assert.Equal(ComparisonKeys.ForExpected("number", expected, ignoreResolution: true),
            ComparisonKeys.ForActual(actual, ignoreResolution: true));
        Assert.NotEqual(ComparisonKeys.ForExpected("number", expected with { Resolution = Json("""{"value":"11"}""") }, false),
            ComparisonKeys.ForActual(actual, false));
    }

    [Fact]
    public void Relative_ordinals_are_keyed_without_their_label()
    {
        var expected = new SpecResult("last", "ordinal.relative", Json("""{"offset":"0","relativeTo":"end","value":"end+0"}"""));
        var actual = new ModelResult("last", 0, 3, "ordinal.relative", new OrdinalResolution("anything", "0", "end"));

        Assert.Equal(ComparisonKeys.ForExpected("ordinal", expected, false), ComparisonKeys.ForActual(actual, false));
    }

    private static System.Text.Json.JsonElement Json(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
}
