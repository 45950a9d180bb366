using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Testing.Postgres;

namespace IntegrationBot.Storage.Tests.Ideas;

/// <summary>A database restart while an idea is being stored delays the idea, it does not lose it.</summary>
public sealed class PostgresIdeaOutageTests(PostgresFixture fixture)
{
    [Fact]
    public async Task An_idea_stored_while_the_database_is_down_lands_once_it_is_back()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await fixture.StartPrivateClusterAsync(ct); // stopping the shared one would hit other tests
        var retried = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var retry = StoreRetry.CreatePipeline(
            new StorageRetryOptions { MaxRetryAttempts = 100, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
            TimeProvider.System,
            _ => { retried.TrySetResult(); return ValueTask.CompletedTask; });
        var options = new PostgresStorageOptions { ConnectionString = await cluster.CreateDatabaseAsync(ct) };
        await using (var state = new PostgresStateStore(options, retry, TimeProvider.System))
            await state.MigrateAsync(ct);
        await using var dataSource = PostgresDataSources.Create(options);
        var store = new PostgresIdeaStore(dataSource, retry, TimeProvider.System, new BookingCodes());
        var idea = IdeaTestData.Idea("outage", IdeaTestData.Amina);

        await cluster.StopAsync(ct);
        var adding = store.AddAsync(idea, ct);
        await retried.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.False(adding.IsCompleted);
        await cluster.StartAsync(ct);
        var stored = await adding;

        Assert.Equal(stored.Id, (await store.AddAsync(idea, ct)).Id);
        Assert.Equal([stored.Id], (await store.ListByAuthorAsync(IdeaTestData.Amina, ct)).Select(i => i.Id));
    }
}
