using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Turns;

/// <summary>What the host answers the channel with once a turn has run.</summary>
public sealed record TurnResult(InvokeResponse? InvokeResponse);

/// <summary>
/// Runs one inbound activity through the middleware in registration order and then the bot. This is the adapter of
/// the Bot Framework SDK without the HTTP: hosts (the /api/messages endpoint, embedded Direct Line, tests)
/// choose the <see cref="IReplySink"/>.
/// </summary>
public sealed class TurnPipeline(IEnumerable<ITurnMiddleware> middleware, IBot bot)
{
    private readonly ITurnMiddleware[] _middleware = [.. middleware];

    public async Task<TurnResult> RunAsync(Activity activity, IReplySink replies, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, replies);
        await RunAsync(turn, cancellationToken).ConfigureAwait(false);
        return new TurnResult(turn.InvokeResponse);
    }

    public Task RunAsync(ITurnContext turn, CancellationToken cancellationToken) => Next(turn, 0, cancellationToken);

    private Task Next(ITurnContext turn, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, ct => Next(turn, index + 1, ct), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);
}
