using System.Globalization;
using System.Net;
using IntegrationBot.Flows;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class ConversationTests
{
    [Fact]
    public async Task Start_with_the_secret_creates_a_conversation_with_a_token_and_an_absolute_preauthorised_stream_url()
    {
        using var host = new DirectLineHost();

        var started = await host.Client.StartAsync();

        Assert.Equal(HttpStatusCode.Created, started.Status);
        Assert.NotEmpty(started.Token);
        Assert.Equal(1800, started.ExpiresIn);
        var streamUrl = new Uri(started.StreamUrl!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal($"/v3/directline/conversations/{started.ConversationId}/stream", streamUrl.AbsolutePath);
        Assert.Contains("t=", streamUrl.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_with_a_generated_token_opens_that_conversation_and_a_second_start_answers_200()
    {
        using var host = new DirectLineHost();
        var generated = await host.Client.GenerateTokenAsync();

        var first = await host.Client.StartAsync(bearer: generated.Token);
        var second = await host.Client.StartAsync(bearer: first.Token);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(generated.ConversationId, first.ConversationId);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(generated.ConversationId, second.ConversationId);
        Assert.Single((await host.Client.GetActivitiesAsync(first.ConversationId, first.Token)).Activities);
    }

    [Fact]
    public async Task Start_greets_the_user_before_they_type()
    {
        using var host = new DirectLineHost();

        var started = await host.Client.StartAsync(locale: "de-DE");

        var greeting = Assert.Single((await host.Client.GetActivitiesAsync(started.ConversationId, started.Token)).Activities);
        Assert.Equal(ActivityTypes.Message, greeting.Type);
        Assert.Equal(ResourceText(host, "Welcome", "de"), greeting.Text);
        Assert.Equal("bot", greeting.From?.Role);
        Assert.Equal(started.ConversationId + "|0000001", greeting.Id);
        Assert.Equal(host.Clock.GetUtcNow(), greeting.Timestamp);
        Assert.Equal("r_tester", greeting.Recipient?.Id);
        Assert.NotEmpty(greeting.SuggestedActions!.Actions!);
    }

    [Fact]
    public async Task The_bot_hears_user_and_bot_join_with_the_start_locale()
    {
        var joined = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = new DirectLineHost(new ScriptedBot((turn, _) =>
        {
            joined.TrySetResult(turn.Activity);
            return Task.CompletedTask;
        }));

        var started = await host.Client.StartAsync(userId: "r_joiner", locale: "ar-SA");

        var update = await joined.Task.WaitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(["r_joiner", "integrationbot"], update.MembersAdded!.Select(m => m.Id));
        Assert.Equal("ar-SA", update.Locale);
        Assert.Equal(Channels.WebChat, update.ChannelId);
        Assert.Equal(started.ConversationId, update.Conversation?.Id);
        Assert.Empty((await host.Client.GetActivitiesAsync(started.ConversationId, started.Token)).Activities);
    }

    [Fact]
    public async Task Reconnect_returns_a_new_token_and_a_stream_url_that_carries_the_watermark()
    {
        using var host = new DirectLineHost();
        var started = await host.Client.StartAsync();

        var reconnected = await host.Client.ReconnectAsync(started.ConversationId, started.Token, watermark: "1");

        Assert.Equal(HttpStatusCode.OK, reconnected.Status);
        Assert.Equal(started.ConversationId, reconnected.ConversationId);
        Assert.NotEqual(started.Token, reconnected.Token);
        Assert.Contains("watermark=1&", reconnected.StreamUrl, StringComparison.Ordinal);
        Assert.NotEqual(started.StreamUrl, reconnected.StreamUrl);
    }

    [Fact]
    public async Task An_unknown_conversation_is_not_found()
    {
        using var host = new DirectLineHost();

        using var get = await host.Client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities?watermark=", DirectLineHost.Secret);
        using var post = await host.Client.PostMessageAsync("nope", DirectLineHost.Secret, "Hallo");
        using var reconnect = await host.Client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope?watermark=", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task A_token_for_one_conversation_is_forbidden_on_another()
    {
        using var host = new DirectLineHost();
        var a = await host.Client.StartAsync();
        var b = await host.Client.StartAsync();

        using var get = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{b.ConversationId}/activities?watermark=", a.Token);
        using var post = await host.Client.PostMessageAsync(b.ConversationId, a.Token, "Hallo");
        using var reconnect = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{b.ConversationId}?watermark=", a.Token);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.DoesNotContain((await host.Client.GetActivitiesAsync(b.ConversationId, b.Token)).Activities, x => x.From?.Role == "user");
    }

    private static string ResourceText(DirectLineHost host, string key, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return host.Services.GetRequiredService<IStringLocalizer<Strings>>()[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
