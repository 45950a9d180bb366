using System.Net;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class CorsTests
{
    private static readonly string[] DirectLineJsHeaders = ["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"];

    [Fact]
    public async Task Preflight_allows_the_four_directlinejs_headers_and_get_and_post_for_a_page_on_another_origin()
    {
        using var host = new DirectLineHost();

        using var response = await PreflightAsync(host, "https://www.stadt-muenster.de", "/v3/directline/conversations", "POST");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var allowedHeaders = Header(response, "Access-Control-Allow-Headers")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.Equivalent(DirectLineJsHeaders, allowedHeaders);
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_for_polling_is_answered_too()
    {
        using var host = new DirectLineHost();

        using var response = await PreflightAsync(host, "http://localhost:8080", "/v3/directline/conversations/abc/activities?watermark=", "GET");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task With_configured_origins_only_those_are_allowed()
    {
        using var host = new DirectLineHost(settings: new() { ["DirectLine:AllowedOrigins:0"] = "https://chat.example.org" });

        using var allowed = await PreflightAsync(host, "https://chat.example.org", "/v3/directline/conversations", "POST");
        using var other = await PreflightAsync(host, "https://evil.example.com", "/v3/directline/conversations", "POST");

        Assert.Equal("https://chat.example.org", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Null(Header(other, "Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> PreflightAsync(DirectLineHost host, string origin, string path, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return host.Client.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
