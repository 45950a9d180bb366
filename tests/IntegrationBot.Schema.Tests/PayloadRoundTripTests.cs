using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Schema;
using IntegrationBot.Testing;

namespace IntegrationBot.Schema.Tests;

public sealed class PayloadRoundTripTests
{
    public static TheoryData<string> Payloads()
    {
        var data = new TheoryData<string>();
        var folder = SharedFolder.Find() is { } root ? Path.Combine(root, "docs", "payloads") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            data.Add("(shared/docs/payloads missing)");
            return data;
        }
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Sample_payload_survives_a_parse_serialize_cycle(string file)
    {
        var path = SharedFolder.Require(Path.Combine("docs", "payloads", file));
        var original = JsonNode.Parse(File.ReadAllBytes(path))!;

        var roundTripped = file.StartsWith("directline-", StringComparison.Ordinal)
            ? RoundTripDirectLine(original)
            : JsonNode.Parse(BotJson.SerializeToUtf8Bytes(BotJson.DeserializeActivity(Encoding(original))!))!;

        Assert.Equal(Canonical(original), Canonical(roundTripped));
    }

    [Fact]
    public void Transcript_file_activities_survive_a_parse_serialize_cycle()
    {
        var path = SharedFolder.Require(Path.Combine("docs", "payloads", "botbuilder-dotnet-TextPrompt.transcript"));
        var original = JsonNode.Parse(File.ReadAllBytes(path))!.AsArray();

        var activities = JsonSerializer.Deserialize(original.ToJsonString(), BotJson.Context.ListActivity)!;
        var again = JsonNode.Parse(JsonSerializer.Serialize(activities, BotJson.Context.ListActivity))!;

        Assert.Equal(original.Count, activities.Count);
        Assert.Equal(Canonical(original), Canonical(again));
    }

    [Fact]
    public void Nulls_are_omitted_and_names_are_camel_case()
    {
        var json = BotJson.Serialize(new Activity { Type = ActivityTypes.Message, Text = "Grüß Gott", InputHint = InputHints.ExpectingInput });

        Assert.Equal("""{"type":"message","text":"Grüß Gott","inputHint":"expectingInput"}""", json);
    }

    [Fact]
    public void Timestamp_is_written_in_utc_with_z()
    {
        var activity = new Activity { Timestamp = new DateTimeOffset(2026, 5, 14, 16, 0, 0, TimeSpan.FromHours(2)) };

        Assert.Equal("2026-05-14T14:00:00Z", activity.TimestampText);
        Assert.Equal(activity.Timestamp, new DateTimeOffset(2026, 5, 14, 14, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Unknown_properties_are_kept_at_every_level()
    {
        const string json = """{"type":"message","future":{"a":1},"from":{"id":"u","x":true},"attachments":[{"contentType":"t","y":[1]}]}""";

        var activity = BotJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(json))!;

        Assert.Equal(Canonical(JsonNode.Parse(json)!), Canonical(JsonNode.Parse(BotJson.Serialize(activity))!));
    }

    private static JsonNode RoundTripDirectLine(JsonNode original)
    {
        if (original["activities"] is null)
            return original; // a Conversation object, not an activity: nothing of ours to round-trip
        var set = JsonSerializer.Deserialize(original.ToJsonString(), BotJson.Context.ActivitySet)!;
        return JsonNode.Parse(JsonSerializer.Serialize(set, BotJson.Context.ActivitySet))!;
    }

    private static byte[] Encoding(JsonNode node) => System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>JSON with keys sorted at every level, so two documents compare equal modulo key order.</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
