using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Events;

/// <summary>Lets a coordinator request through only with the configured key in <c>X-Api-Key</c> (compared in constant time).</summary>
internal sealed class CoordinatorKeyFilter(IOptions<CoordinatorOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.ApiKey;
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
            return ValueTask.FromResult<object?>(TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid X-Api-Key header is required."));
        return next(context);
    }
}
