using IntegrationBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationBot.Host.Storage;

/// <summary>Readiness: the store answers one cheap query (no retries: an outage should show, not be waited out).</summary>
internal sealed class StoreHealthCheck(IStorageAdmin admin) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await admin.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Reported, not swallowed: the health endpoint shows the failure and the exception goes to the health log.
            return HealthCheckResult.Unhealthy("The store did not answer.", e);
        }
    }
}
