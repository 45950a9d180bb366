using System.Text.Json;

namespace IntegrationBot.Storage.Tests.Contract;

/// <summary>Many turns at once: ETags must serialise writers on one key and keep writers on many keys apart.</summary>
public abstract partial class StateStoreContractTests
{
    [Fact]
    public async Task Fifty_concurrent_read_modify_write_turns_on_one_key_all_count()
    {
        await Store.State.WriteAsync("conversation/busy", Json("""{"count":0}"""), null, Ct);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(IncrementAsync, Ct)));

        Assert.Equal("""{"count":50}""", Text(await Store.State.ReadAsync("conversation/busy", Ct)));

        async Task IncrementAsync()
        {
            while (true)
            {
                var current = (await Store.State.ReadAsync("conversation/busy", Ct))!;
                var count = JsonDocument.Parse(current.Json).RootElement.GetProperty("count").GetInt32();
                var result = await Store.State.WriteAsync("conversation/busy", Json($$"""{"count":{{count + 1}}}"""), current.ETag, Ct);
                if (result.Written)
                    return;
            }
        }
    }

    [Fact]
    public async Task A_thousand_keys_written_in_parallel_are_all_present()
    {
        var keys = Enumerable.Range(0, 1000).Select(i => $"user/{i:D4}").ToArray();

        var results = await Task.WhenAll(keys.Select(key => Store.State.WriteAsync(key, Json($$"""{"key":"{{key}}"}"""), null, Ct)));

        Assert.All(results, result => Assert.True(result.Written));
        foreach (var key in keys)
            Assert.Equal($$"""{"key":"{{key}}"}""", Text(await Store.State.ReadAsync(key, Ct)));
    }
}
