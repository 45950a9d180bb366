using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// Answers Teams activities from tenants outside <see cref="TeamsOptions.AllowedTenants"/> with a polite refusal in the
/// user's language and runs nothing else for them (no state, no stored reference). An empty list allows every tenant.
/// </summary>
internal sealed partial class TenantAllowListMiddleware(IOptionsMonitor<TeamsOptions> options, IBotTexts texts, ILogger<TenantAllowListMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var allowed = options.CurrentValue.AllowedTenants;
        if (!TeamsActivity.IsTeams(activity) || allowed.Count == 0 || IsAllowed(allowed, TeamsActivity.TenantId(activity)))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        LogRefused(activity.Type);
        var refusal = texts["Teams_TenantNotAllowed"];
        if (activity.IsType(ActivityTypes.Invoke))
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Message(refusal);
        else if (activity.IsType(ActivityTypes.Message) || TeamsActivity.IsInstall(activity))
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = refusal }, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsAllowed(IList<string> allowed, string? tenant) =>
        tenant is not null && allowed.Any(t => string.Equals(t.Trim(), tenant, StringComparison.OrdinalIgnoreCase));

    // The tenant id is organisational, not personal, but it is not needed to diagnose: the type is.
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a Teams {ActivityType} from a tenant that is not allowed")]
    private partial void LogRefused(string? activityType);
}
