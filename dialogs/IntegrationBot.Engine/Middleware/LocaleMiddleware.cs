using IntegrationBot.Engine.Turns;

namespace IntegrationBot.Engine.Middleware;

/// <summary>
/// Gives the turn a language before anything else runs: the channel's locale when we ship it, else German. The dialog
/// runner refines it from what the user chose before (that needs the user's state).
/// </summary>
public sealed class LocaleMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        TurnCulture.Apply(turn, Turns.Culture.ToSupported(turn.Activity.Locale) ?? Turns.Culture.Default);
        return next(cancellationToken);
    }
}
