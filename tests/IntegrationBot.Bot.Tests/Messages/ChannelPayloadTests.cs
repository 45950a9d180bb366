using System.Net;
using System.Text.Json.Nodes;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Schema;
using IntegrationBot.Testing;

namespace IntegrationBot.Bot.Tests.Messages;

/// <summary>The real channel payloads of shared/docs/payloads posted to /api/messages in anonymous mode.</summary>
public sealed class ChannelPayloadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Inbound (channel to bot) samples, and whether the interim bot must answer them.</summary>
    public static TheoryData<string, bool> InboundPayloads() => new()
    {
        { "emulator-webchat-message.json", true },
        { "emulator-webchat-action-submit-postback.json", true },
        { "emulator-conversationupdate.json", true },
        { "teams-personal-message.json", true },
        { "teams-channel-message-with-mention.json", true },
        { "teams-messageback-with-value.json", true },
        { "teams-conversationupdate-bot-added-personal.json", true },
        { "teams-conversationupdate-bot-added-to-team.json", false },
        { "teams-installationupdate-add.json", false },
        { "teams-invoke-adaptivecard-action.json", false },
    };

    [Theory]
    [MemberData(nameof(InboundPayloads))]
    public async Task Payload_with_expectReplies_gets_200_and_its_replies_addressed_back(string file, bool answered)
    {
        var payload = Load(file);
        payload["deliveryMode"] = DeliveryModes.ExpectReplies;
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostJsonAsync(payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.ReadRepliesAsync()).Where(r => r.Type != "invokeResponse").ToList();
        if (answered)
            Assert.NotEmpty(replies);
        Assert.All(replies, reply =>
        {
            Assert.Equal(payload["conversation"]!["id"]!.GetValue<string>(), reply.Conversation?.Id);
            Assert.Equal(payload["from"]!["id"]!.GetValue<string>(), reply.Recipient?.Id);
            Assert.Equal(payload["recipient"]!["id"]!.GetValue<string>(), reply.From?.Id);
        });
    }

    [Fact]
    public async Task Teams_message_reply_reaches_the_connector_at_its_service_url()
    {
        await using var connector = await FakeConnector.StartAsync();
        var payload = Load("teams-personal-message.json");
        payload["serviceUrl"] = connector.Server.Url("/amer/");
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostJsonAsync(payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        var sent = Assert.Single(connector.Requests);
        var conversationId = payload["conversation"]!["id"]!.GetValue<string>();
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/1485983408511", sent.RawTarget);
        var reply = sent.Activity;
        Assert.Equal(
            (ActivityTypes.Message, "1485983408511", "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", conversationId),
            (reply.Type, reply.ReplyToId, reply.From?.Id, reply.Conversation?.Id));
        Assert.StartsWith("29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ", reply.Recipient?.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_conversation_update_greeting_is_sent_to_the_conversation()
    {
        await using var connector = await FakeConnector.StartAsync();
        var payload = Load("emulator-conversationupdate.json");
        payload["serviceUrl"] = connector.Server.Url("");
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostJsonAsync(payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations/83fa1400-e127-11ea-8037-9fd05751be53%7Clivechat/activities", sent.RawTarget);
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllBytes(SharedFolder.Require(Path.Combine("docs", "payloads", file))))!.AsObject();
}
