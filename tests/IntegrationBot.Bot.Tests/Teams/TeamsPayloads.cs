using System.Globalization;
using System.Resources;
using System.Text.Json.Nodes;
using IntegrationBot.Testing;

namespace IntegrationBot.Bot.Tests.Teams;

/// <summary>The real Teams samples of shared/docs/payloads, and the Teams texts as the resx files say them.</summary>
public static class TeamsPayloads
{
    private static readonly ResourceManager Texts = new("IntegrationBot.Host.Resources.Teams.TeamsStrings", typeof(IntegrationBot.Host.Teams.TeamsStrings).Assembly);

    public static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllBytes(SharedFolder.Require(Path.Combine("docs", "payloads", file))))!.AsObject();

    /// <summary>A payload pointed at <paramref name="serviceUrl"/>, answered in the HTTP response when <paramref name="expectReplies"/>.</summary>
    public static JsonObject Load(string file, string serviceUrl, bool expectReplies = true)
    {
        var payload = Load(file);
        payload["serviceUrl"] = serviceUrl;
        if (expectReplies)
            payload["deliveryMode"] = "expectReplies";
        return payload;
    }

    public static string Text(string key, string language) =>
        Texts.GetString(key, CultureInfo.GetCultureInfo(language)) ?? throw new KeyNotFoundException(key);
}
