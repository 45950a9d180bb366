using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Review;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Ideas;

/// <summary>The host's background job: woken by the flow's trigger, it completes a stored idea with the configured services.</summary>
public sealed class IdeaProcessingHostTests : IAsyncDisposable
{
    private readonly TaskCompletionSource<Guid> _translated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BotApplication _app = new(new Dictionary<string, string?>
    {
        // An hour: only the trigger can wake the job within the test.
        ["Ideas:ProcessingInterval"] = "01:00:00",
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_triggered_job_analyses_a_new_idea_offline_and_notes_that_no_translator_is_configured()
    {
        var host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IIdeaProcessingStore>(sp => new Signalling(sp.GetRequiredService<MemoryIdeaStore>(), _translated))));
        using var client = host.CreateClient(); // starts the host, and with it the job's first (empty) run

        var idea = await host.Services.GetRequiredService<IIdeaStore>().AddAsync(new NewIdea
        {
            Key = new RequestKey("webchat", "conv", "a1"),
            Text = "We need more evening language courses for parents, and a playground near the library",
            Language = "de",
            Channel = "webchat",
            Field = "bildung-sprachen",
            ConsentAt = DateTimeOffset.UtcNow,
        }, Ct);
        host.Services.GetRequiredService<IIdeaProcessingTrigger>().Signal();

        Assert.Equal(idea.Id, await _translated.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        var done = (await host.Services.GetRequiredService<IIdeaReviewStore>().GetAsync(idea.Id, Ct))!;
        Assert.Equal((AnalysisState.Done, "en", TranslationState.NotConfigured, (DateTimeOffset?)null), (done.Analysis, done.DetectedLanguage, done.Translation, done.NextAttemptAt));
        Assert.NotEmpty(done.KeyPhrases);
        await host.DisposeAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>Tells the test when the job has saved a translation outcome.</summary>
    private sealed class Signalling(IIdeaProcessingStore inner, TaskCompletionSource<Guid> saved) : IIdeaProcessingStore
    {
        public Task<IReadOnlyList<Idea>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken) =>
            inner.ClaimDueAsync(now, max, lease, cancellationToken);

        public Task<bool> SaveAnalysisAsync(Guid id, IdeaAnalysis analysis, CancellationToken cancellationToken) =>
            inner.SaveAnalysisAsync(id, analysis, cancellationToken);

        public async Task<bool> SaveTranslationAsync(Guid id, IdeaTranslation translation, CancellationToken cancellationToken)
        {
            var stored = await inner.SaveTranslationAsync(id, translation, cancellationToken);
            saved.TrySetResult(id);
            return stored;
        }

        public Task DeferAsync(Guid id, DateTimeOffset nextAttemptAt, int attempts, CancellationToken cancellationToken) =>
            inner.DeferAsync(id, nextAttemptAt, attempts, cancellationToken);
    }
}
