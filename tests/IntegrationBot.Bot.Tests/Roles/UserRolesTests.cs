using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Bot.Tests.Teams;
using IntegrationBot.Flows.Roles;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Roles;

/// <summary>Roles:Coordinators and Roles:Staff by Entra object id, trusted only from authenticated Teams activities.</summary>
public sealed class UserRolesTests
{
    private const string Coordinator = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8"; // Megan in teams-personal-message.json
    private const string StaffMember = "b15a9416-0ad3-4172-9210-7beb711d3f70"; // rido in teams-channel-message-with-mention.json

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Roles:Coordinators:0"] = Coordinator.ToUpperInvariant(),
        ["Roles:Staff:0"] = StaffMember,
    };

    [Theory]
    [InlineData("teams-personal-message.json", UserRole.Coordinator)]
    [InlineData("teams-channel-message-with-mention.json", UserRole.Staff)]
    [InlineData("teams-invoke-adaptivecard-action.json", UserRole.Resident)]
    public async Task Teams_user_with_a_validated_token_gets_the_configured_role(string file, UserRole expected)
    {
        var roles = new List<UserRole>();
        TeamsHost? host = null;
        var bot = new ScriptedBot((turn, _) =>
        {
            roles.Add(host!.App.Services.GetRequiredService<IUserRoles>().RoleOf(turn.Activity));
            return Task.CompletedTask;
        });
        await using var started = host = await TeamsHost.StartAsync(Settings, bot);

        await host.RepliesToAsync(TeamsPayloads.Load(file, BotRequests.TeamsServiceUrl));

        Assert.Equal(expected, Assert.Single(roles));
    }

    [Fact]
    public async Task Same_object_id_without_authentication_is_a_resident()
    {
        await using var app = new BotApplication(Settings);
        var activity = BotRequests.Message();
        activity.From!.AadObjectId = Coordinator;

        Assert.Equal(UserRole.Resident, app.Services.GetRequiredService<IUserRoles>().RoleOf(activity));
    }

    [Fact]
    public async Task Object_id_on_another_channel_is_a_resident_even_with_a_validated_token()
    {
        await using var app = new BotApplication(Settings);
        var activity = BotRequests.Message(channelId: Channels.WebChat);
        activity.From!.AadObjectId = Coordinator;
        activity.CallerId = "urn:botframework:azure";

        Assert.Equal(UserRole.Resident, app.Services.GetRequiredService<IUserRoles>().RoleOf(activity));
    }

    [Fact]
    public void Coordinators_can_do_what_staff_can_and_residents_cannot()
    {
        Assert.True(UserRole.Coordinator.IsAtLeast(UserRole.Staff));
        Assert.False(UserRole.Resident.IsAtLeast(UserRole.Staff));
        Assert.False(UserRole.Staff.IsAtLeast(UserRole.Coordinator));
    }
}
