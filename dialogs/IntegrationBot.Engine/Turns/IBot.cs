namespace IntegrationBot.Engine.Turns;

/// <summary>The application's turn logic, run at the end of the middleware chain.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}

/// <summary>A step of the turn pipeline (dedupe, locale, typing, logging, errors). Call <paramref name="next"/> to continue.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
