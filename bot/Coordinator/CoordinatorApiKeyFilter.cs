using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Coordinator;

/// <summary>
/// Lets a coordinator request through only with the configured <c>X-Api-Key</c>. The comparison takes the same time
/// however many leading characters match, so the key cannot be guessed character by character.
/// </summary>
public sealed class CoordinatorApiKeyFilter(IOptions<CoordinatorOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.ApiKey;
        var sent = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected)))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Coordinator API key required",
                detail: $"Send the coordinator API key (configuration Coordinator:ApiKey) as the {Header} header."));
        }
        return next(context);
    }
}
