using System.Text;
using IntegrationBot.Engine.State;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Testing.Postgres;
using Polly;
using Polly.Retry;

namespace IntegrationBot.Storage.Tests.Postgres;

/// <summary>
/// A retry after a lost reply must not turn a committed write into a conflict (the turn would be applied twice) nor a
/// committed delivery into a "redelivery" (the turn would be dropped).
/// </summary>
public sealed class PostgresLostReplyTests(PostgresFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_write_whose_reply_was_lost_is_reported_as_written()
    {
        var database = await fixture.CreateDatabaseAsync(Ct);
        await using var setup = Open(database, StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System));
        await setup.MigrateAsync(Ct);
        var first = await setup.WriteAsync("conversation/1", Encoding.UTF8.GetBytes("""{"v":1}"""), null, Ct);
        await using var store = Open(database, RetryAroundLostReply());

        var result = await store.WriteAsync("conversation/1", Encoding.UTF8.GetBytes("""{"v":2}"""), first.ETag, Ct);

        Assert.True(result.Written);
        Assert.Equal(result.ETag, (await store.ReadAsync("conversation/1", Ct))!.ETag);
    }

    [Fact]
    public async Task A_delivery_whose_reply_was_lost_is_not_mistaken_for_a_redelivery()
    {
        var database = await fixture.CreateDatabaseAsync(Ct);
        await using var store = Open(database, RetryAroundLostReply());
        await store.MigrateAsync(Ct); // consumes the fault: migrations are idempotent anyway
        await using var faulty = Open(database, RetryAroundLostReply());
        var key = new DeliveryKey("msteams", "19:abc", "a1");

        Assert.True(await faulty.TryBeginAsync(key, DateTimeOffset.UtcNow, Ct));
        Assert.False(await faulty.TryBeginAsync(key, DateTimeOffset.UtcNow, Ct));
    }

    private static PostgresStateStore Open(string database, ResiliencePipeline retry) =>
        new(new PostgresStorageOptions { ConnectionString = database }, retry, TimeProvider.System);

    private static ResiliencePipeline RetryAroundLostReply() =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Exception is { } e && StoreRetry.IsTransient(e)),
                Delay = TimeSpan.Zero,
            })
            .AddStrategy(_ => new LostReplyFault(), new EmptyOptions())
            .Build();

    private sealed class EmptyOptions : ResilienceStrategyOptions;
}
