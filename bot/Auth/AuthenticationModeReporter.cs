using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Auth;

/// <summary>Says at start-up, loudly when it matters, whether inbound requests are authenticated.</summary>
internal sealed class AuthenticationModeReporter(IOptions<BotCredentialsOptions> credentials, ILogger<AuthenticationModeReporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = credentials.Value;
        if (options.IsAuthenticationEnabled)
            Log.AuthenticationEnabled(logger, options.AppId, options.AppType);
        else
            Log.AuthenticationDisabled(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
