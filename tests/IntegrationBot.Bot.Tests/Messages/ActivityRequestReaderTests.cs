using System.Text;
using IntegrationBot.Host.Messages;
using IntegrationBot.Schema;
using Microsoft.AspNetCore.Http;

namespace IntegrationBot.Bot.Tests.Messages;

public sealed class ActivityRequestReaderTests
{
    private const int Limit = 2048;

    [Fact]
    public async Task Chunked_body_over_the_limit_is_too_large_without_a_content_length()
    {
        var request = Request(Json(new string('x', 4000)), contentLength: null);

        var read = await ActivityRequestReader.ReadAsync(request, Limit, TestContext.Current.CancellationToken);

        Assert.Equal(ActivityReadStatus.TooLarge, read.Status);
    }

    [Fact]
    public async Task Declared_length_over_the_limit_is_refused_before_reading()
    {
        var request = Request(Json("short"), contentLength: Limit + 1);

        var read = await ActivityRequestReader.ReadAsync(request, Limit, TestContext.Current.CancellationToken);

        Assert.Equal(ActivityReadStatus.TooLarge, read.Status);
        Assert.Equal(0, request.Body.Position);
    }

    [Fact]
    public async Task Body_of_exactly_the_limit_is_read()
    {
        var probe = Json("");
        var body = Json(new string('x', Limit - probe.Length));
        var request = Request(body, contentLength: null);

        var read = await ActivityRequestReader.ReadAsync(request, Limit, TestContext.Current.CancellationToken);

        Assert.Equal(Limit, body.Length);
        Assert.Equal(ActivityReadStatus.Ok, read.Status);
        Assert.Equal(ActivityTypes.Message, read.Activity?.Type);
    }

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes($$"""{"type":"message","text":"{{text}}"}""");

    private static HttpRequest Request(byte[] body, long? contentLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = contentLength;
        return context.Request;
    }
}
