using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Testing.TextServices;

namespace IntegrationBot.TextAnalytics.Tests.Azure;

/// <summary>The fakes hold clients to the documented contract, so adapter tests against them mean something.</summary>
public sealed class FakeServicesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_language_fake_refuses_a_PII_batch_over_five_documents_with_the_documented_error()
    {
        await using var service = await FakeLanguageService.StartNewAsync();
        using var http = new HttpClient();

        using var request = AnalyzeRequest(service, "PiiEntityRecognition", 6, service.Key);
        using var response = await http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonNode>(Token))!["error"]!;
        Assert.Equal("InvalidArgument", error["code"]!.GetValue<string>());
        Assert.Equal("InvalidDocumentBatch", error["innererror"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_language_fake_refuses_a_wrong_key()
    {
        await using var service = await FakeLanguageService.StartNewAsync();
        using var http = new HttpClient();

        using var request = AnalyzeRequest(service, "LanguageDetection", 1, "nope");
        using var response = await http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_translator_fake_refuses_more_than_1000_elements_with_a_six_digit_code()
    {
        await using var service = await FakeTranslatorService.StartNewAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(service.Endpoint, "/translate?api-version=3.0&to=de"))
        {
            Content = JsonContent.Create(Enumerable.Range(0, 1001).Select(i => new { Text = $"t{i}" })),
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", service.Key);

        using var response = await http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400077, (await response.Content.ReadFromJsonAsync<JsonNode>(Token))!["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_fake_can_be_stopped_and_started_again_on_the_same_port_many_times()
    {
        await using var service = await FakeTranslatorService.StartNewAsync();
        var endpoint = service.Endpoint;
        using var http = new HttpClient();

        for (var cycle = 0; cycle < 3; cycle++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(http, service));
            await service.StopAsync();
            Assert.False(service.IsRunning);
            await Assert.ThrowsAsync<HttpRequestException>(() => StatusOfAsync(http, service));
            await service.StartAsync();
            Assert.Equal(endpoint, service.Endpoint);
        }
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(http, service));
    }

    private static HttpRequestMessage AnalyzeRequest(FakeLanguageService service, string kind, int documents, string key)
    {
        var body = new
        {
            kind,
            parameters = new { modelVersion = "latest" },
            analysisInput = new { documents = Enumerable.Range(1, documents).Select(i => new { id = $"{i}", text = "Hallo Welt", language = "de" }) },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(service.Endpoint, "/language/:analyze-text?api-version=2023-04-01")) { Content = JsonContent.Create(body) };
        request.Headers.Add("Ocp-Apim-Subscription-Key", key);
        return request;
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient http, FakeTranslatorService service)
    {
        using var request = TranslateRequest(service);
        using var response = await http.SendAsync(request, Token);
        return response.StatusCode;
    }

    private static HttpRequestMessage TranslateRequest(FakeTranslatorService service)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(service.Endpoint, "/translate?api-version=3.0&to=de")) { Content = JsonContent.Create(new[] { new { Text = "Hallo" } }) };
        request.Headers.Add("Ocp-Apim-Subscription-Key", service.Key);
        return request;
    }
}
