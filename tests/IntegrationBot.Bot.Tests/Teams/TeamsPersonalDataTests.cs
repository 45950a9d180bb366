using IntegrationBot.Bot.Tests.Hosting;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Teams;

/// <summary>
/// Conversation references for proactive messages are personal data: "show my data" lists them and "delete my data"
/// erases the personal chat's reference and takes the user out of shared ones, asked and confirmed on Teams cards.
/// </summary>
public sealed class TeamsPersonalDataTests
{
    private const string ChannelId = "19:team-channel@thread.tacv2";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Show_my_data_lists_the_personal_chat_and_the_shared_conversations_the_user_wrote_in()
    {
        await using var host = await TeamsHost.StartAsync();
        var (alice, _, channel) = await ThreeConversationsAsync(host);

        var replies = await alice.SayAsync(Word("Command_ShowMyData"));

        var report = Assert.Single(replies, r => r.Text?.StartsWith(BotTexts.Get("Engine_MyData_Intro", "de"), StringComparison.Ordinal) == true).Text!;
        Assert.Contains("- " + TeamsPayloads.Text("Teams_MyData_PersonalChat", "de"), report, StringComparison.Ordinal);
        Assert.Contains("- " + TeamsPayloads.Text("Teams_MyData_SharedConversation", "de"), report, StringComparison.Ordinal);
        Assert.NotNull(await ReferenceAsync(host, channel.ConversationId));
    }

    [Fact]
    public async Task Delete_my_data_erases_the_personal_reference_and_the_user_from_shared_ones_but_not_other_users_references()
    {
        await using var host = await TeamsHost.StartAsync();
        var (alice, bob, channel) = await ThreeConversationsAsync(host);
        var sharedBefore = await ReferenceAsync(host, channel.ConversationId);
        Assert.Equal(alice.UserId, sharedBefore?.Reference.User?.Id);

        var confirm = Assert.Single(await alice.SayAsync(Word("Command_DeleteMyData")));
        var deleted = await alice.ClickAsync(confirm, BotTexts.Get("Engine_Yes", "de"));

        Assert.Equal(BotTexts.Get("Engine_DataDeleted", "de"), deleted[0].Text);
        Assert.Null(await ReferenceAsync(host, alice.ConversationId));
        var shared = await ReferenceAsync(host, channel.ConversationId);
        Assert.NotNull(shared);
        Assert.Null(shared.Reference.User); // the channel keeps its address, without Alice
        Assert.False(shared.IsDisabled);
        Assert.Equal((ChannelId, "72f988bf-86f1-41af-91ab-2d7cd011db47", sharedBefore!.Reference.ServiceUrl),
            (shared.Reference.Conversation?.Id, shared.Reference.Conversation?.TenantId, shared.Reference.ServiceUrl));
        Assert.Equal(bob.UserId, (await ReferenceAsync(host, bob.ConversationId))?.Reference.User?.Id);
        Assert.Empty(await host.App.Services.GetRequiredService<ConversationReferenceStore>().ListForUserAsync(Channels.MsTeams, alice.UserId, Ct));
    }

    [Fact]
    public async Task After_deleting_the_shared_conversation_is_not_listed_again_when_someone_else_writes_there()
    {
        await using var host = await TeamsHost.StartAsync();
        var (alice, bob, channel) = await ThreeConversationsAsync(host);
        var confirm = Assert.Single(await alice.SayAsync(Word("Command_DeleteMyData")));
        await alice.ClickAsync(confirm, BotTexts.Get("Engine_Yes", "de"));

        await new TeamsChat(host, bob.UserId, channel.ConversationId, "channel").SayAsync("Hallo");
        var report = await alice.SayAsync(Word("Command_ShowMyData"));

        Assert.DoesNotContain(report, r => r.Text?.Contains(TeamsPayloads.Text("Teams_MyData_SharedConversation", "de"), StringComparison.Ordinal) == true);
        // Alice wrote again in her personal chat, so the bot keeps that address again (to answer her there).
        Assert.Contains(report, r => r.Text?.Contains(TeamsPayloads.Text("Teams_MyData_PersonalChat", "de"), StringComparison.Ordinal) == true);
    }

    /// <summary>Alice and Bob each installed the bot in a personal chat; Alice wrote first in a team channel.</summary>
    private static async Task<(TeamsChat Alice, TeamsChat Bob, TeamsChat Channel)> ThreeConversationsAsync(TeamsHost host)
    {
        var alice = new TeamsChat(host, "29:alice", "a:alice-chat");
        var bob = new TeamsChat(host, "29:bob", "a:bob-chat");
        var channel = new TeamsChat(host, "29:alice", ChannelId, "channel");
        await alice.InstallAsync();
        await bob.InstallAsync();
        await channel.SayAsync("Hallo");
        Assert.NotNull(await ReferenceAsync(host, alice.ConversationId));
        return (alice, bob, channel);
    }

    private static Task<StoredReference?> ReferenceAsync(TeamsHost host, string conversationId) =>
        host.App.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(ConversationReferenceStore.KeyFor(Channels.MsTeams, conversationId), Ct);

    private static string Word(string commandKey) => BotTexts.Get(commandKey, "de").Split(';')[0];
}
