using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Bot.Tests.Teams;
using IntegrationBot.Host.Registrations;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Registrations;

/// <summary>A coordinator's Teams personal chat is remembered (for capacity alerts); anybody else's is not.</summary>
public sealed class CoordinatorReferenceTests
{
    private const string Megan = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8"; // aadObjectId in teams-personal-message.json

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_coordinators_personal_chat_is_remembered_for_alerts(bool coordinator)
    {
        var settings = coordinator ? new Dictionary<string, string?> { ["Roles:Coordinators:0"] = Megan } : null;
        await using var host = await TeamsHost.StartAsync(settings);
        var payload = TeamsPayloads.Load("teams-personal-message.json", BotRequests.TeamsServiceUrl);

        await host.RepliesToAsync(payload);

        var remembered = await host.App.Services.GetRequiredService<CoordinatorReferences>().FindAsync(Megan, Ct);
        var expected = ConversationReferenceStore.KeyFor(Channels.MsTeams, payload["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal(coordinator ? expected : null, remembered);
    }
}
