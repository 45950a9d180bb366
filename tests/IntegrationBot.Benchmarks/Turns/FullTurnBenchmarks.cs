using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IntegrationBot.Engine;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using IntegrationBot.Storage;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationBot.Benchmarks.Turns;

/// <summary>
/// One full turn: the inbound JSON is deserialized, runs through the middleware (de-duplication, locale, typing,
/// logging, error handling), the dialog step answers a prompt and asks the next, the state is saved (ETag-guarded),
/// and the replies are serialized as an expectReplies body.
/// </summary>
[MemoryDiagnoser]
public class FullTurnBenchmarks
{
    private const string Template = """{"type":"message","id":"ID","channelId":"emulator","serviceUrl":"http://localhost:3978/","deliveryMode":"expectReplies","locale":"de-DE","from":{"id":"user-1","role":"user"},"recipient":{"id":"bot"},"conversation":{"id":"conv-1"},"text":"Eine Antwort"}""";

    private ServiceProvider _services = null!;
    private TurnPipeline _pipeline = null!;
    private string _directory = null!;
    private int _sequence;

    [Params("memory", "sqlite")]
    public string Store { get; set; } = "memory";

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "ib-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(TimeProvider.System);
        if (Store == "sqlite")
        {
            var sqlite = new SqliteStateStore(new SqliteStorageOptions { Path = Path.Combine(_directory, "bench.db") },
                StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System, _ => ValueTask.CompletedTask), TimeProvider.System);
            ((IStorageAdmin)sqlite).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            services.AddSingleton<IStateStore>(sqlite);
            services.AddSingleton<IDeliveryLog>(sqlite);
        }
        else
        {
            var memory = new MemoryStateStore(TimeProvider.System);
            services.AddSingleton<IStateStore>(memory);
            services.AddSingleton<IDeliveryLog>(memory);
        }
        services.AddConversationEngine<EngineStringsOnly>();
        services.AddSingleton<Dialog, FiveStepFlow>();
        _services = services.BuildServiceProvider();
        _pipeline = _services.GetRequiredService<TurnPipeline>();
        for (var i = 0; i < 10; i++)
            Turn(); // reach the steady state: a prompt waiting, state written
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public int Turn()
    {
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var activity = BotJson.DeserializeActivity(Encoding.UTF8.GetBytes(Template.Replace("\"ID\"", "\"" + id + "\"", StringComparison.Ordinal)))!;
        var sink = new BufferedReplySink();
        _pipeline.RunAsync(activity, sink, CancellationToken.None).GetAwaiter().GetResult();
        return JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(sink.Replies), BotJson.Context.ExpectedReplies).Length;
    }
}

/// <summary>The benchmark application has no texts of its own; the engine's fill in.</summary>
public sealed class EngineStringsOnly;
