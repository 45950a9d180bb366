using System.Text.Json.Nodes;
using IntegrationBot.Bot.Tests.Hosting;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Teams;

/// <summary>The Teams samples posted with valid, locally signed channel tokens: personal, channel, install, tenants.</summary>
public sealed class TeamsConversationTests
{
    private const string ServiceUrl = BotRequests.TeamsServiceUrl;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Personal_message_is_answered_with_the_menu_card_in_the_users_language()
    {
        await using var host = await TeamsHost.StartAsync();
        var payload = TeamsPayloads.Load("teams-personal-message.json", ServiceUrl);

        var replies = await host.RepliesToAsync(payload);

        var reply = Assert.Single(replies);
        Assert.Equal("en", reply.Locale);
        Assert.Equal(payload["from"]!["id"]!.GetValue<string>(), reply.Recipient?.Id);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        var buttons = card.Content!.Value.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString());
        Assert.Contains(BotTexts.Get("Menu_Language", "en"), buttons);
    }

    [Fact]
    public async Task Channel_message_reaches_the_bot_without_the_bots_mention()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(bot: bot);

        await host.RepliesToAsync(TeamsPayloads.Load("teams-channel-message-with-mention.json", ServiceUrl));

        var turn = Assert.Single(bot.Turns);
        Assert.Equal("reply to thread", turn.Activity.Text);
    }

    [Fact]
    public async Task Mentions_of_other_people_stay_in_the_text()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(bot: bot);
        var payload = TeamsPayloads.Load("teams-channel-message-with-mention.json", ServiceUrl);
        payload["text"] = "<at>rido</at> und <at>ridotest</at> anmelden";

        await host.RepliesToAsync(payload);

        Assert.Equal("<at>rido</at> und anmelden", Assert.Single(bot.Turns).Activity.Text);
    }

    [Fact]
    public async Task Line_breaks_of_a_longer_message_survive_the_mention_stripping()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(bot: bot);
        var payload = TeamsPayloads.Load("teams-channel-message-with-mention.json", ServiceUrl);
        payload["text"] = "<at>ridotest</at> Idee:\nMehr Sprachcafés";

        await host.RepliesToAsync(payload);

        Assert.Equal("Idee:\nMehr Sprachcafés", Assert.Single(bot.Turns).Activity.Text);
    }

    [Fact]
    public async Task Message_back_value_is_answered()
    {
        await using var host = await TeamsHost.StartAsync();

        var replies = await host.RepliesToAsync(TeamsPayloads.Load("teams-messageback-with-value.json", ServiceUrl));

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal("19:malejcou081i20ojmlcau0@thread.skype;messageid=1498171086622", r.Conversation?.Id));
    }

    [Fact]
    public async Task Team_install_greets_the_channel_once_in_the_installers_language_and_stores_the_reference()
    {
        await using var host = await TeamsHost.StartAsync();

        var install = await host.RepliesToAsync(TeamsPayloads.Load("teams-installationupdate-add.json", ServiceUrl));
        var echo = await host.RepliesToAsync(TeamsPayloads.Load("teams-conversationupdate-bot-added-to-team.json", ServiceUrl));

        Assert.Equal(TeamsPayloads.Text("Teams_WelcomeTeam", "en"), Assert.Single(install).Text);
        Assert.Empty(echo);
        var stored = await host.App.Services.GetRequiredService<ConversationReferenceStore>()
            .GetAsync(ConversationReferenceStore.KeyFor("msteams", "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2"), Ct);
        Assert.NotNull(stored);
        Assert.False(stored.IsDisabled);
        Assert.Equal(("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", ServiceUrl), (stored.Reference.Conversation?.TenantId, stored.Reference.ServiceUrl));
    }

    [Fact]
    public async Task Team_install_without_a_locale_greets_in_German()
    {
        await using var host = await TeamsHost.StartAsync();

        var replies = await host.RepliesToAsync(TeamsPayloads.Load("teams-conversationupdate-bot-added-to-team.json", ServiceUrl));

        Assert.Equal(TeamsPayloads.Text("Teams_WelcomeTeam", "de"), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Personal_install_gets_the_engines_welcome_and_stores_the_reference_with_the_tenant()
    {
        await using var host = await TeamsHost.StartAsync();

        var replies = await host.RepliesToAsync(TeamsPayloads.Load("teams-conversationupdate-bot-added-personal.json", ServiceUrl));

        var card = Assert.Single(Assert.Single(replies).Attachments!);
        Assert.Contains(BotTexts.Get("Welcome", "de"), card.Content.ToString(), StringComparison.Ordinal);
        var stored = await host.App.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(ConversationReferenceStore.KeyFor("msteams", "***"), Ct);
        Assert.Equal(("<TENANT ID>", "29:<USERID>"), (stored?.Reference.Conversation?.TenantId, stored?.Reference.User?.Id));
    }

    [Fact]
    public async Task Uninstall_disables_the_stored_reference()
    {
        await using var host = await TeamsHost.StartAsync();
        await host.RepliesToAsync(TeamsPayloads.Load("teams-installationupdate-add.json", ServiceUrl));
        var remove = TeamsPayloads.Load("teams-installationupdate-add.json", ServiceUrl);
        remove["action"] = "remove";
        remove["id"] = "f:remove-1";

        Assert.Empty(await host.RepliesToAsync(remove));

        var stored = await host.App.Services.GetRequiredService<ConversationReferenceStore>()
            .GetAsync(ConversationReferenceStore.KeyFor("msteams", "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2"), Ct);
        Assert.True(stored?.IsDisabled);
    }

    [Theory]
    [InlineData("teams-personal-message.json", "en")]
    [InlineData("teams-installationupdate-add.json", "en")]
    public async Task Activity_from_a_tenant_that_is_not_allowed_gets_a_polite_refusal_and_nothing_else(string file, string language)
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(new Dictionary<string, string?> { ["Teams:AllowedTenants:0"] = "00000000-0000-0000-0000-000000000001" }, bot);

        var replies = await host.RepliesToAsync(TeamsPayloads.Load(file, ServiceUrl));

        Assert.Equal(TeamsPayloads.Text("Teams_TenantNotAllowed", language), Assert.Single(replies).Text);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Activity_from_an_allowed_tenant_is_processed()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(new Dictionary<string, string?> { ["Teams:AllowedTenants:0"] = "72F988BF-86F1-41AF-91AB-2D7CD011DB47" }, bot);

        Assert.Empty(await host.RepliesToAsync(TeamsPayloads.Load("teams-personal-message.json", ServiceUrl)));

        Assert.Single(bot.Turns);
    }
}
