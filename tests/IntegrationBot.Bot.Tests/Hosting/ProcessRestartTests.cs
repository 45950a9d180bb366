using IntegrationBot.Schema;
using IntegrationBot.Testing.Postgres;

namespace IntegrationBot.Bot.Tests.Hosting;

/// <summary>
/// Issue 3 acceptance: kill the host in the middle of a multi-step dialog; after a restart the same conversation
/// continues at the same prompt, over SQLite and over PostgreSQL.
/// </summary>
public sealed class ProcessRestartTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ib-restart-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task Killed_host_continues_the_dialog_at_the_same_prompt_on_sqlite() =>
        KillAndContinueAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(_directory, "bot.db"),
        });

    [Fact]
    public async Task Killed_host_continues_the_dialog_at_the_same_prompt_on_postgres() =>
        await KillAndContinueAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = await postgres.CreateDatabaseAsync(Ct),
        });

    private async Task KillAndContinueAsync(Dictionary<string, string> settings)
    {
        var conversation = new ConversationAccount("restart-" + Guid.NewGuid().ToString("N"));
        Activity Say(string text) => new()
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = Channels.Emulator,
            ServiceUrl = "http://127.0.0.1:1/",
            Locale = "de-DE",
            From = new ChannelAccount("user-1", role: "user"),
            Recipient = new ChannelAccount("bot"),
            Conversation = conversation,
            Text = text,
        };

        await using (var before = await BotProcess.StartAsync(_directory, settings, Ct))
        {
            var asked = await before.SendAsync(Say("Sprache ändern"), Ct);
            Assert.Equal(BotTexts.Get("Engine_AskLanguage", "de"), asked.Single().Text);
            await before.KillAsync();
        }

        await using var after = await BotProcess.StartAsync(_directory, settings, Ct);
        var answered = await after.SendAsync(Say("English"), Ct);

        Assert.Equal(BotTexts.Get("Engine_LanguageChanged", "en"), answered[0].Text);
        Assert.Equal(BotTexts.Get("Menu_WhatNext", "en"), answered[1].Text);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
